package org.symbiose.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.symbiose.ids.AccountId;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/**
 * An authenticated account and its scope.
 *
 * @param initiativeIds initiatives a facilitator runs (empty for other roles)
 * @param companyId the company of a member account, null for other roles
 */
public record SymbioseUser(
        AccountId id,
        String username,
        String passwordHash,
        Role role,
        String displayName,
        Set<InitiativeId> initiativeIds,
        CompanyId companyId,
        boolean enabled)
        implements UserDetails {

    public SymbioseUser {
        initiativeIds = Set.copyOf(initiativeIds);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /** Disabled, or invited and without a password yet: no login. */
    @Override
    public boolean isEnabled() {
        return enabled && passwordHash != null;
    }

    public boolean facilitates(InitiativeId initiativeId) {
        return role == Role.FACILITATOR && initiativeIds.contains(initiativeId);
    }

    @Override
    public String toString() {
        return "SymbioseUser[" + username + ", " + role + "]";
    }
}
