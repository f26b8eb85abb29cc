package org.symbiose.opportunities;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.stream.Collectors;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;

/**
 * The stable key of a proposal, kept on a retained synergy and on a dismissal so that the proposal is not
 * offered again after a rerun (docs/decisions/0022). Made of platform ids, not of ranks or scores, which
 * change with every run: a substitution is its supply flow, its receiving company and its pathway
 * ({@code S:f12:c40:fly-ash-to-cement}); a mutualisation group is its theme and its members' company ids
 * sorted ({@code M:pallets-collection:c3.c7.c9}), so a group that gains or loses a member is a new
 * proposal. A group too large for the column's 400 characters is named by a SHA-256 of its members.
 */
final class ProposalKeys {

    static final int MAX_LENGTH = 400;

    private ProposalKeys() {}

    static String substitution(FlowId supplyFlowId, CompanyId receiverCompanyId, String pathwayId) {
        return "S:f" + supplyFlowId.value() + ":c" + receiverCompanyId.value() + ":" + pathwayId;
    }

    static String mutualisation(String themeId, Collection<CompanyId> memberCompanyIds) {
        String members = memberCompanyIds.stream()
                .map(CompanyId::value)
                .distinct()
                .sorted()
                .map(id -> "c" + id)
                .collect(Collectors.joining("."));
        String key = "M:" + themeId + ":" + members;
        return key.length() <= MAX_LENGTH ? key : "M:" + themeId + ":sha256-" + sha256(members);
    }

    /** Whether a key given by a caller has the shape of a proposal key (a first filter of bad input). */
    static boolean plausible(String key) {
        return key != null
                && key.length() <= MAX_LENGTH
                && (key.startsWith("S:f") || key.startsWith("M:"))
                && key.chars().allMatch(c -> c > ' ' && c < 127);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
