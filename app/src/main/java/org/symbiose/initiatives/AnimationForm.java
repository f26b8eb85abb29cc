package org.symbiose.initiatives;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.springframework.validation.Errors;

/**
 * Methods of collective animation, communication tools (one per line) and contacts by role.
 * Contacts name a function and an organisation, never a person.
 */
record AnimationForm(
        @Size(max = 20000, message = "{edit.error.methods.size}")
        String methods,

        @Size(max = 20000, message = "{edit.error.tools.size}")
        String communicationTools,

        @Valid List<ContactRow> contacts)
        implements SheetForm {

    /** A contact: role, organisation and website. */
    record ContactRow(
            @Size(max = 300, message = "{edit.error.contact.role.size}")
            String role,

            @Size(max = 300, message = "{edit.error.contact.organisation.size}")
            String organisation,

            @Size(max = 300, message = "{edit.error.contact.website.size}")
            @Pattern(regexp = "\\s*\\S*\\s*", message = "{edit.error.contact.website.pattern}")
            String website) {

        static final ContactRow BLANK = new ContactRow("", "", "");

        boolean isBlank() {
            return FormValues.allBlank(role, organisation, website);
        }
    }

    AnimationForm {
        contacts = FormValues.rows(contacts, ContactRow.BLANK);
    }

    static AnimationForm of(Initiative initiative, Locale locale) {
        List<ContactRow> rows = initiative.contacts().stream()
                .map(c -> new ContactRow(c.role(), c.organisation(), c.website() == null ? "" : c.website()))
                .toList();
        return new AnimationForm(
                FormValues.lines(initiative.animation().methods()),
                FormValues.lines(initiative.animation().communicationTools()),
                FormValues.withBlankRows(rows, ContactRow.BLANK));
    }

    @Override
    public void check(Errors errors) {
        for (int i = 0; i < contacts.size(); i++) {
            ContactRow row = contacts.get(i);
            if (!row.isBlank()) {
                String path = "contacts[" + i + "].";
                FormValues.requireInRow(errors, path + "role", row.role(), "edit.error.contact.role.required");
                FormValues.requireInRow(
                        errors, path + "organisation", row.organisation(), "edit.error.contact.organisation.required");
            }
        }
    }

    @Override
    public Initiative applyTo(Initiative initiative) {
        List<Contact> list = FormValues.filled(contacts, ContactRow::isBlank).stream()
                .map(row -> new Contact(row.role(), row.organisation(), row.website()))
                .toList();
        return initiative.reviseAnimation(
                new Animation(FormValues.lines(methods), FormValues.lines(communicationTools)), list);
    }
}
