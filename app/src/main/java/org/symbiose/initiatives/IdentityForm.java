package org.symbiose.initiatives;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.springframework.validation.Errors;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.nomenclature.CommuneCatalogue;

/**
 * Name, title, description, publication and place on the map. A commune without coordinates places
 * the initiative at the commune's centroid.
 *
 * @param latitude WGS84 degrees, as written ("43,108")
 * @param longitude WGS84 degrees, as written ("5,858")
 */
record IdentityForm(
        @NotBlank(message = "{edit.error.name.required}") @Size(max = 120, message = "{edit.error.name.size}")
        String name,

        @NotBlank(message = "{edit.error.title.required}") @Size(max = 300, message = "{edit.error.title.size}")
        String title,

        @Size(max = 20000, message = "{edit.error.description.size}")
        String description,

        boolean published,

        @Pattern(regexp = FormValues.INSEE_CODE_OR_BLANK, message = "{edit.error.commune.pattern}")
        String communeInsee,

        @WrittenNumber(min = "-90", max = "90", integer = 2, fraction = 6, message = "{edit.error.latitude}")
        String latitude,

        @WrittenNumber(min = "-180", max = "180", integer = 3, fraction = 6, message = "{edit.error.longitude}")
        String longitude)
        implements SheetForm {

    static IdentityForm of(Initiative initiative, Locale locale) {
        Location location = initiative.location();
        return new IdentityForm(
                initiative.name(),
                initiative.title(),
                initiative.description().text(),
                initiative.published(),
                location == null || location.communeInsee() == null ? "" : location.communeInsee(),
                location == null ? "" : FormValues.format(location.point().latitude(), locale),
                location == null ? "" : FormValues.format(location.point().longitude(), locale));
    }

    @Override
    public void check(Errors errors) {
        FormValues.requireKnownCommune(errors, "communeInsee", communeInsee);
        boolean hasLatitude = !FormValues.isBlank(latitude);
        boolean hasLongitude = !FormValues.isBlank(longitude);
        if (hasLatitude && !hasLongitude) {
            errors.rejectValue("longitude", "edit.error.longitude.required");
        } else if (hasLongitude && !hasLatitude) {
            errors.rejectValue("latitude", "edit.error.latitude.required");
        }
    }

    @Override
    public Initiative applyTo(Initiative initiative) {
        return initiative.reviseIdentity(name, title, new Prose(description), location(), published);
    }

    private Location location() {
        String commune = FormValues.optional(communeInsee);
        if (!FormValues.isBlank(latitude)) {
            var point = new GeoPoint(
                    FormValues.number(latitude).doubleValue(),
                    FormValues.number(longitude).doubleValue());
            return new Location(commune, point);
        }
        if (commune != null) {
            return new Location(commune, CommuneCatalogue.load().get(commune).location());
        }
        return null;
    }
}
