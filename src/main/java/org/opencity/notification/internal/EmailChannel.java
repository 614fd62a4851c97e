package org.opencity.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.opencity.identity.Account;
import org.opencity.notification.NotificationChannel;
import org.opencity.notification.NotificationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email over SMTP (host, port, TLS and credentials from {@code spring.mail.*}). Each mail names its delivery in an
 * {@code X-OpenCity-Delivery} header, so a repeat of the same notification can be recognised.
 */
@Component
class EmailChannel implements Channel {

    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationProperties properties;

    EmailChannel(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public NotificationChannel kind() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public boolean available() {
        return mail.getIfAvailable() != null;
    }

    @Override
    public Optional<String> address(Account account) {
        return account.email() == null || account.email().isBlank()
                ? Optional.empty()
                : Optional.of(AddressHints.email(account.email()));
    }

    @Override
    public SendOutcome send(Outgoing message) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return SendOutcome.permanent("email is not configured (spring.mail.host)");
        }
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.mailFrom());
            helper.setTo(message.recipient().email());
            helper.setSubject(message.text().title());
            helper.setText(message.text().body() + (message.link() == null ? "" : "\n\n" + message.link()));
            mime.setHeader("X-OpenCity-Delivery", Long.toString(message.deliveryId()));
            sender.send(mime);
            return SendOutcome.sent(null);
        } catch (MessagingException | MailParseException | MailPreparationException notAMail) {
            return SendOutcome.permanent(notAMail.getMessage());
        } catch (MailAuthenticationException wrongCredentials) {
            return SendOutcome.retry("SMTP authentication failed: " + wrongCredentials.getMessage());
        } catch (MailException serverTrouble) {
            return SendOutcome.retry(serverTrouble.getMessage());
        }
    }
}
