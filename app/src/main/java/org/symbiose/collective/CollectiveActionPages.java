package org.symbiose.collective;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.EntityId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.web.FormProblems;
import org.symbiose.web.RefusedRequestException;

/**
 * The pages of a kind of collective action, for the initiative's facilitators only (those taking part
 * are companies, which the network coordinator does not see): the list with the change log, the form to
 * record one, to change one (naming the version it was made from: a change made meanwhile by someone else
 * shows the form again, input kept, saying so) and the confirmation of a deletion (asked again, as the
 * action is now, when it changed meanwhile). A form naming a company that is not one of the initiative's
 * is refused with a 400 and saves nothing. A feature's controller maps its path and names its templates,
 * messages and choices ({@link Names}) and gives the conversion of a path's id ({@code EventId::fromPath}:
 * an id no action can have is a 404 like an unknown one).
 */
public abstract class CollectiveActionPages<
        I extends EntityId, A extends CollectiveAction<I>, F extends ActionForm<I, A>> {

    /** Flash attribute holding the confirmation shown on the list after a write. */
    public static final String FLASH = "flash";

    /**
     * What differs from one kind of action to another.
     *
     * @param path the path under the initiative's ("events": {@code /initiatives/{slug}/events})
     * @param templates the folder of the {@code list}, {@code form} and {@code delete} templates
     * @param messages the prefix of the messages ({@code <prefix>.saved}, {@code .deleted},
     *     {@code .error.unreadable}, {@code .error.foreignCompany}, {@code .error.notFound})
     * @param listAttribute the model attribute of the list ("events")
     * @param oneAttribute the model attribute of the action shown ("event")
     * @param companiesField the form's field listing the companies taking part ("attendees")
     */
    public record Names(
            String path,
            String templates,
            String messages,
            String listAttribute,
            String oneAttribute,
            String companiesField) {}

    private final Names names;
    private final LongFunction<I> fromPath;
    private final InitiativeRepository initiatives;
    private final CompanyRepository companies;
    private final CollectiveActions<I, A> actions;
    private final AccessPolicy access;
    private final FormProblems pages;

    protected CollectiveActionPages(
            Names names,
            LongFunction<I> fromPath,
            InitiativeRepository initiatives,
            CompanyRepository companies,
            CollectiveActions<I, A> actions,
            AccessPolicy access,
            FormProblems pages) {
        this.names = names;
        this.fromPath = fromPath;
        this.initiatives = initiatives;
        this.companies = companies;
        this.actions = actions;
        this.access = access;
        this.pages = pages;
    }

    /** An empty form. */
    protected abstract F blank();

    /** The form of a saved action. */
    protected abstract F formOf(A action);

    /** The closed choices the form offers (kinds, categories, units...). */
    protected abstract void addChoices(Model model);

    @GetMapping
    public String list(@PathVariable String slug, Model model) {
        Initiative initiative = facilitated(slug);
        InitiativeId id = initiative.id();
        model.addAttribute("initiative", initiative);
        model.addAttribute(names.listAttribute(), actions.list(id));
        model.addAttribute("companyNames", companies.namesByInitiative(id));
        model.addAttribute("changes", actions.changes(id));
        return names.templates() + "/list";
    }

    @GetMapping("/new")
    public String create(@PathVariable String slug, Model model) {
        return form(model, facilitated(slug), null, blank(), List.of());
    }

    @PostMapping
    public String create(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") F form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Initiative initiative = facilitated(slug);
        checked(initiative, form, result);
        if (result.hasErrors()) {
            return form(model, initiative, null, form, pages.of(result, locale));
        }
        actions.create(
                form.toAction(null, initiative.id()), access.currentUser().username());
        return saved(form, redirect, locale);
    }

    @GetMapping("/{id}/edit")
    public String edit(@PathVariable String slug, @PathVariable("id") long path, Model model) {
        Initiative initiative = facilitated(slug);
        I id = fromPath.apply(path);
        A action = action(initiative, id);
        model.addAttribute("version", actions.version(initiative.id(), id));
        return form(model, initiative, action, formOf(action), List.of());
    }

    @PostMapping("/{id}")
    public String update(
            @PathVariable String slug,
            @PathVariable("id") long path,
            @RequestParam int version,
            @Valid @ModelAttribute("form") F form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Initiative initiative = facilitated(slug);
        I id = fromPath.apply(path);
        A action = action(initiative, id);
        checked(initiative, form, result);
        model.addAttribute("version", version);
        if (result.hasErrors()) {
            return form(model, initiative, action, form, pages.of(result, locale));
        }
        String actor = access.currentUser().username();
        if (!actions.update(form.toAction(id, initiative.id()), version, actor)) {
            // Changed or deleted by someone else since the form was loaded: the form again, input kept.
            model.addAttribute("conflict", true);
            model.addAttribute("version", actions.version(initiative.id(), id));
            return form(model, initiative, action, form, List.of());
        }
        return saved(form, redirect, locale);
    }

    @GetMapping("/{id}/delete")
    public String confirmDelete(@PathVariable String slug, @PathVariable("id") long path, Model model) {
        Initiative initiative = facilitated(slug);
        I id = fromPath.apply(path);
        return deletion(model, initiative, action(initiative, id));
    }

    @PostMapping("/{id}/delete")
    public String delete(
            @PathVariable String slug,
            @PathVariable("id") long path,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Initiative initiative = facilitated(slug);
        I id = fromPath.apply(path);
        A action = action(initiative, id);
        if (!actions.delete(action, version, access.currentUser().username())) {
            // Changed by someone else since the confirmation was shown: asked again, as it is now.
            model.addAttribute("conflict", true);
            return deletion(model, initiative, action(initiative, id));
        }
        redirect.addFlashAttribute(FLASH, pages.message(names.messages() + ".deleted", locale, action.title()));
        return "redirect:/initiatives/{slug}/" + names.path();
    }

    private String saved(F form, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute(
                FLASH,
                pages.message(names.messages() + ".saved", locale, form.title().strip()));
        return "redirect:/initiatives/{slug}/" + names.path();
    }

    private String deletion(Model model, Initiative initiative, A action) {
        model.addAttribute("initiative", initiative);
        model.addAttribute(names.oneAttribute(), action);
        model.addAttribute("version", actions.version(initiative.id(), action.id()));
        return names.templates() + "/delete";
    }

    /**
     * Refuses a form naming a company that is not one of the initiative's (a forged post: the form
     * offers only those) with a 400, then makes the checks the annotations cannot.
     */
    private void checked(Initiative initiative, F form, BindingResult result) {
        if (form == null || result.getTarget() == null || result.hasFieldErrors(names.companiesField())) {
            throw new RefusedRequestException(HttpStatus.BAD_REQUEST, names.messages() + ".error.unreadable");
        }
        // A number no company can have is as foreign as another initiative's company.
        form.companyIds().stream().filter(company -> company <= 0).findFirst().ifPresent(company -> {
            throw new RefusedRequestException(
                    HttpStatus.BAD_REQUEST, names.messages() + ".error.foreignCompany", company);
        });
        List<CompanyId> named = form.companyIds().stream().map(CompanyId::new).toList();
        companies.firstOutside(initiative.id(), named).ifPresent(company -> {
            throw new RefusedRequestException(
                    HttpStatus.BAD_REQUEST, names.messages() + ".error.foreignCompany", company);
        });
        form.check(result);
    }

    private String form(Model model, Initiative initiative, A action, F form, List<String> problems) {
        model.addAttribute("initiative", initiative);
        model.addAttribute(names.oneAttribute(), action);
        model.addAttribute("form", form);
        addChoices(model);
        model.addAttribute("companies", companies.listByInitiative(initiative.id()));
        model.addAttribute("problems", problems);
        return names.templates() + "/form";
    }

    private Initiative facilitated(String slug) {
        Initiative initiative = initiatives.getBySlug(slug);
        access.requireCompanies(initiative.id());
        return initiative;
    }

    private A action(Initiative initiative, I id) {
        return actions.find(initiative.id(), id)
                .orElseThrow(() ->
                        new RefusedRequestException(HttpStatus.NOT_FOUND, names.messages() + ".error.notFound", id));
    }
}
