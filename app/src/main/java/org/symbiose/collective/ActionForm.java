package org.symbiose.collective;

import java.util.List;
import org.springframework.validation.Errors;
import org.symbiose.ids.EntityId;
import org.symbiose.ids.InitiativeId;

/** A collective action's form as typed, what the pages need of it whatever the action. */
public interface ActionForm<I extends EntityId, A extends CollectiveAction<I>> {

    String title();

    /**
     * The ids of the companies taking part as posted (numbers: one no company can have is refused by the
     * pages with the form's message), checked against the initiative's by the pages.
     */
    List<Long> companyIds();

    /** The checks the annotations cannot make, as field errors. */
    void check(Errors errors);

    /** The action the form describes, once it has no error. */
    A toAction(I id, InitiativeId initiativeId);
}
