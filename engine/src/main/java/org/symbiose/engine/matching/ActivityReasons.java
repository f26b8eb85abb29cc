package org.symbiose.engine.matching;

import static org.symbiose.engine.matching.Explanations.en;
import static org.symbiose.engine.matching.Explanations.fr;

import java.util.List;
import org.symbiose.engine.classify.ActivityGuess;
import org.symbiose.engine.classify.ActivityReading;

/** The reasons that say how a receiver's activity and the uses its needs name were read, in French and English. */
final class ActivityReasons {

    private ActivityReasons() {}

    /**
     * How a need that names a use was read: the process as an activity (its code and confidence), or the
     * company's own process.
     */
    static void use(NeedUse use, List<String> fr, List<String> en) {
        String need = quoted(use.phrase().label());
        ActivityGuess activity = use.activity();
        if (activity != null) {
            if (fr != null) {
                fr.add("Besoin «\u00a0" + need + "\u00a0» lu comme usage\u00a0: "
                        + activity.naf().code() + " " + activity.naf().labelFr() + ", confiance "
                        + fr(activity.confidence(), 2));
            }
            if (en != null) {
                en.add("Need \u201c" + need + "\u201d read as a use: "
                        + activity.naf().code() + " " + activity.naf().labelEn() + ", confidence "
                        + en(activity.confidence(), 2));
            }
        } else if (use.naf() != null) {
            if (fr != null) {
                fr.add("Besoin «\u00a0" + need + "\u00a0» lu comme usage\u00a0: le procédé de l'entreprise (NAF "
                        + use.naf() + ")");
            }
            if (en != null) {
                en.add("Need \u201c" + need + "\u201d read as a use: the company's own process (NAF " + use.naf()
                        + ")");
            }
        }
    }

    private static String quoted(String text) {
        String stripped = text.strip();
        return stripped.length() > QUOTED_ACTIVITY ? stripped.substring(0, QUOTED_ACTIVITY) + "…" : stripped;
    }

    /** Characters of an activity quoted in a reason; a longer text is cut. */
    private static final int QUOTED_ACTIVITY = 80;

    /**
     * How the receiver's activity was understood, when its code was read from the text, when the text and the
     * given code disagree, or when the text was not recognised; nothing when a given code and the text agree.
     */
    static void activity(ActivityReading reading, List<String> fr, List<String> en) {
        if (reading == null || reading.activity() == null) {
            return;
        }
        String text = reading.activity().strip();
        if (text.length() > QUOTED_ACTIVITY) {
            text = text.substring(0, QUOTED_ACTIVITY) + "…";
        }
        ActivityGuess guess = reading.guess();
        if (reading.readFromText()) {
            if (fr != null) {
                fr.add("Activité «\u00a0" + text + "\u00a0» lue comme "
                        + guess.naf().code() + " " + guess.naf().labelFr() + ", confiance "
                        + fr(guess.confidence(), 2));
            }
            if (en != null) {
                en.add("Activity \u201c" + text + "\u201d read as "
                        + guess.naf().code() + " " + guess.naf().labelEn() + ", confidence "
                        + en(guess.confidence(), 2));
            }
        } else if (reading.disagrees()) {
            if (fr != null) {
                fr.add("NAF " + reading.givenNaf() + " déclaré\u00a0; l'activité «\u00a0" + text + "\u00a0» se lirait "
                        + guess.naf().code() + " " + guess.naf().labelFr() + " (confiance " + fr(guess.confidence(), 2)
                        + ")\u00a0: le code déclaré est retenu");
            }
            if (en != null) {
                en.add("NAF " + reading.givenNaf() + " given; the activity \u201c" + text + "\u201d would read as "
                        + guess.naf().code() + " " + guess.naf().labelEn() + " (confidence "
                        + en(guess.confidence(), 2) + "): the given code is used");
            }
        } else if (reading.unrecognised()) {
            if (fr != null) {
                fr.add("Activité «\u00a0" + text + "\u00a0» non reconnue\u00a0: aucun code NAF retenu");
            }
            if (en != null) {
                en.add("Activity \u201c" + text + "\u201d not recognised: no NAF code used");
            }
        }
    }
}
