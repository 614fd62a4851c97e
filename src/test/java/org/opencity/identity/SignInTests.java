package org.opencity.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sign-up, sign-in with phone or email, throttling, password change and sign-out through the pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AuditTrail audit;

    @Test
    void signsUpOnThePageThenSignsInWithThePhoneNumberWrittenAnyWay() throws Exception {
        String phone = TestResidents.uniquePhone();
        mvc.perform(post("/signup")
                        .with(csrf())
                        .param("displayName", "Trần Văn Nam")
                        .param("phone", phone)
                        .param("email", "")
                        .param("password", TestResidents.PASSWORD)
                        .param("homeWardCode", "00166"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?registered="));
        String spaced = "+84 " + phone.substring(1, 4) + " " + phone.substring(4);
        mvc.perform(formLogin("/login").user(spaced).password(TestResidents.PASSWORD))
                .andExpect(authenticated())
                .andExpect(redirectedUrl("/profile"));
    }

    @Test
    void theSignUpPageSaysWhatIsWrongWithEachFieldAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/signup")
                        .with(csrf())
                        .param("displayName", "")
                        .param("phone", "0912 000 999")
                        .param("email", "")
                        .param("password", "short")
                        .param("homeWardCode", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
        // GOV.UK's error summary: one link per field in error, in page order, each to its field.
        assertThat(html.select(".error-summary a").eachAttr("href")).containsExactly("#displayName", "#password");
        assertThat(html.select(".error-summary a").first().text())
                .isEqualTo("Họ tên không được để trống và tối đa 120 ký tự.");
        assertThat(html.selectFirst("#password").attr("aria-describedby")).contains("password-error");
        assertThat(html.selectFirst("#password").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.selectFirst("#phone").val()).isEqualTo("0912 000 999");
        assertThat(html.selectFirst("#phone").attr("autocomplete")).isEqualTo("tel");

        String refused = mvc.perform(post("/signup")
                        .with(csrf())
                        .param("displayName", "Ai Đó")
                        .param("phone", "123")
                        .param("email", "")
                        .param("password", TestResidents.PASSWORD)
                        .param("homeWardCode", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(refused)
                        .select(".error-summary a[href=#phone]")
                        .text())
                .isEqualTo("Số điện thoại không hợp lệ.");
    }

    @Test
    void aResidentPicksTheirWardByNameNotByCode() throws Exception {
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(mvc.perform(get("/signup"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(html.select("select#homeWardCode option[value=00070]").text())
                .isEqualTo("Phường Hoàn Kiếm");
        assertThat(html.select("select#homeWardCode option").size()).isGreaterThan(100);
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        Account resident = TestResidents.register(accounts, null);
        mvc.perform(formLogin("/login").user(resident.email()).password("wrong password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void tooManyFailuresLockTheLoginForAWhile() throws Exception {
        Account resident = TestResidents.register(accounts, null);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(resident.email()).password("guess " + i))
                    .andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user(resident.email()).password(TestResidents.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void aResidentChangesTheirPasswordAndSignsOut() throws Exception {
        Account resident = TestResidents.register(accounts, null);
        MvcResult signedIn = mvc.perform(
                        formLogin("/login").user(resident.email()).password(TestResidents.PASSWORD))
                .andExpect(authenticated())
                .andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();

        mvc.perform(get("/profile").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Người Thử Nghiệm")));
        mvc.perform(post("/profile/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", "not it")
                        .param("newPassword", "a brand new secret")
                        .param("confirmPassword", "a brand new secret"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Mật khẩu hiện tại không đúng.")));
        mvc.perform(post("/profile/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", TestResidents.PASSWORD)
                        .param("newPassword", "a brand new secret")
                        .param("confirmPassword", "a brand new secret"))
                .andExpect(redirectedUrl("/profile"));
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/?signedOut"));

        mvc.perform(formLogin("/login").user(resident.email()).password(TestResidents.PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(resident.email()).password("a brand new secret"))
                .andExpect(authenticated());
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/signup")
                        .param("displayName", "X")
                        .param("email", TestResidents.uniqueEmail())
                        .param("password", TestResidents.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void officersSignInsAreAudited() throws Exception {
        mvc.perform(formLogin("/login").user("officer.caugiay@demo.opencity.vn").password("OpenCity@2026"))
                .andExpect(authenticated());
        Actor admin =
                new Actor(null, "test", java.util.List.of(new RoleAssignment(Role.ADMINISTRATOR, null, null, null)));
        var entries = audit.search(
                admin,
                new AuditQuery(null, "SIGNED_IN", null, null, null, null),
                org.opencity.platform.PageQuery.of(0, 50));
        assertThat(entries.items()).anySatisfy(e -> assertThat(e.actorName()).isEqualTo("Phạm Thị Dung"));
    }

    @Test
    void pagesForSignedInPeopleSendAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/profile")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection());
    }
}
