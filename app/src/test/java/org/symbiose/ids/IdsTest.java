package org.symbiose.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The typed ids: what a URL, a request body and a message see of them (docs/decisions/0037). */
class IdsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aPathIdNoRecordCanHaveIsUnknownAndNamesItsKind() {
        assertThat(CompanyId.fromPath(7)).isEqualTo(new CompanyId(7));
        assertThatThrownBy(() -> CompanyId.fromPath(0)).isInstanceOfSatisfying(UnknownIdException.class, e -> {
            assertThat(e.kind()).isEqualTo("company");
            assertThat(e.value()).isZero();
        });
        assertThatThrownBy(() -> InitiativeId.fromPath(-3))
                .isInstanceOfSatisfying(
                        UnknownIdException.class, e -> assertThat(e.kind()).isEqualTo("initiative"));
        assertThatThrownBy(() -> FlowId.fromPath(Long.MIN_VALUE)).isInstanceOf(UnknownIdException.class);
        assertThatThrownBy(() -> DiagnosticId.fromPath(0)).isInstanceOf(UnknownIdException.class);
    }

    @Test
    void noIdIsZeroOrNegativeInsideTheApplication() {
        assertThatThrownBy(() -> new FlowId(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CompanyId(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsOfDifferentKindsAreNeverEqual() {
        assertThat((Object) new CompanyId(3)).isNotEqualTo(new FlowId(3)).isNotEqualTo(3L);
        assertThat(Map.of(new CompanyId(3), "Menuiserie").get(new CompanyId(3))).isEqualTo("Menuiserie");
    }

    @Test
    void jsonAndTextSeeTheNumberAlone() {
        assertThat(json.writeValueAsString(Map.of("companyId", new CompanyId(12), "flowIds", List.of(new FlowId(4)))))
                .contains("\"companyId\":12")
                .contains("\"flowIds\":[4]");
        assertThat(json.readValue("12", CompanyId.class)).isEqualTo(new CompanyId(12));
        assertThat("/companies/" + new CompanyId(12)).isEqualTo("/companies/12");
    }
}
