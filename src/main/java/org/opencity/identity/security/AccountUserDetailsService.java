package org.opencity.identity.security;

import java.util.ArrayList;
import java.util.List;
import org.opencity.identity.Logins;
import org.opencity.identity.Role;
import org.opencity.identity.internal.AccountRepository;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Signs people in with an email or a phone number. The signed-in name is the account id, so nothing
 * personal ends up in session stores, token subjects or logs.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final LoginThrottle throttle;

    AccountUserDetailsService(AccountRepository accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        String normalised = Logins.normalise(login).orElseThrow(() -> new UsernameNotFoundException("unknown login"));
        AccountRepository.Credentials credentials =
                accounts.credentials(normalised).orElseThrow(() -> new UsernameNotFoundException("unknown login"));
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(Role.RESIDENT.authority()));
        accounts.assignments(credentials.id())
                .forEach(
                        a -> authorities.add(new SimpleGrantedAuthority(a.role().authority())));
        return User.withUsername(credentials.id().toString())
                .password(credentials.passwordHash())
                .authorities(authorities.stream().distinct().toList())
                .disabled(!credentials.enabled())
                .accountLocked(throttle.isLocked(login))
                .build();
    }
}
