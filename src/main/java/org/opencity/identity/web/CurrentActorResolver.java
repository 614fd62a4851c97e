package org.opencity.identity.web;

import java.util.UUID;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.identity.Actors;
import org.opencity.identity.security.ApiScope;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the {@link Actor} behind the request, whether signed in by session or by a bearer token granted
 * the {@code api} scope. Not a request parameter: the API description leaves it out (see
 * {@link IdentityWebConfiguration}).
 */
@Component
class CurrentActorResolver implements HandlerMethodArgumentResolver {

    private final Actors actors;

    CurrentActorResolver(Actors actors) {
        this.actors = actors;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mav,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("sign-in required");
        }
        if (ApiScope.API.missingFrom(auth)) {
            throw new AccessDeniedException("the token was not granted the api scope: it cannot act for the person");
        }
        try {
            return actors.actor(new AccountId(UUID.fromString(auth.getName())))
                    .orElseThrow(() -> new AccessDeniedException("account no longer exists"));
        } catch (IllegalArgumentException notAPerson) {
            throw new AccessDeniedException("this call needs a person's account, not a system client");
        }
    }
}
