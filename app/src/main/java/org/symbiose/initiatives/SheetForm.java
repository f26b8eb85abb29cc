package org.symbiose.initiatives;

import org.springframework.validation.Errors;

/**
 * The edit form of one section of the experience sheet, bound from the request as text. Bean
 * Validation checks each field; {@link #check} what needs several fields or the nomenclatures.
 */
interface SheetForm {

    /**
     * Adds the errors that field constraints cannot see: a row filled in without its label, a stage
     * ending before it starts, a commune code that no commune of the region has. Skips fields that
     * already have an error.
     */
    void check(Errors errors);

    /** The initiative with this section revised. Only for a form without errors. */
    Initiative applyTo(Initiative initiative);
}
