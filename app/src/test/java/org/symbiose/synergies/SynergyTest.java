package org.symbiose.synergies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.symbiose.ids.InitiativeId;

class SynergyTest {

    static final LocalDate DAY = LocalDate.of(2020, 3, 1);

    Synergy identified() {
        return Synergy.identify(
                new InitiativeId(1),
                "x",
                "Valorisation des boues",
                null,
                SynergyKind.SUBSTITUTION,
                SynergySubType.MATERIAL,
                DAY);
    }

    @Test
    void followsTheLifeCycleFromPerspectiveToRealised() {
        Synergy realised = identified().start(DAY.plusMonths(1)).realise(DAY.plusMonths(6));
        assertThat(realised.status()).isEqualTo(SynergyStatus.REALISED);
        assertThat(realised.startedOn()).isEqualTo(DAY.plusMonths(1));
        assertThat(realised.realisedOn()).isEqualTo(DAY.plusMonths(6));
    }

    @Test
    void refusesToRealiseASynergyThatNeverStarted() {
        assertThatThrownBy(() -> identified().realise(DAY))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("PERSPECTIVE")
                .hasMessageContaining("REALISED");
    }

    @Test
    void refusesToAbandonARealisedSynergy() {
        Synergy realised = identified().start(DAY).realise(DAY);
        assertThatThrownBy(() -> realised.abandon(DAY, "trop loin")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void abandoningNeedsAReasonAndReopeningForgetsIt() {
        assertThatThrownBy(() -> identified().abandon(DAY, " ")).isInstanceOf(IllegalArgumentException.class);
        Synergy abandoned = identified().start(DAY).abandon(DAY.plusDays(3), "Exutoire trop éloigné");
        assertThat(abandoned.status()).isEqualTo(SynergyStatus.ABANDONED);
        assertThat(abandoned.abandonReason()).isEqualTo("Exutoire trop éloigné");
        Synergy reopened = abandoned.reopen();
        assertThat(reopened.status()).isEqualTo(SynergyStatus.PERSPECTIVE);
        assertThat(reopened.abandonReason()).isNull();
    }

    @Test
    void refusesToStartTwice() {
        assertThatThrownBy(() -> identified().start(DAY).start(DAY)).isInstanceOf(IllegalTransitionException.class);
    }
}
