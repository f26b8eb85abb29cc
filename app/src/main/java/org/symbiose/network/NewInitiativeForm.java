package org.symbiose.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.symbiose.initiatives.CarrierType;

/** What the network coordinator gives to open a new initiative; the facilitator fills the rest. */
record NewInitiativeForm(
        @NotBlank(message = "{newInitiative.error.slug}")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{newInitiative.error.slug}")
        @Size(max = 80, message = "{newInitiative.error.slug}")
        String slug,

        @NotBlank(message = "{newInitiative.error.name}") @Size(max = 120, message = "{newInitiative.error.name}")
        String name,

        @NotBlank(message = "{newInitiative.error.title}") @Size(max = 300, message = "{newInitiative.error.title}")
        String title,

        @NotBlank(message = "{newInitiative.error.carrier}") @Size(max = 300, message = "{newInitiative.error.carrier}")
        String carrierName,

        @NotNull(message = "{newInitiative.error.carrierType}")
        CarrierType carrierType) {

    static NewInitiativeForm empty() {
        return new NewInitiativeForm("", "", "", "", CarrierType.BUSINESS_PARK_ASSOCIATION);
    }
}
