package org.opencity.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

    @ParameterizedTest
    @ValueSource(
            strings = {"0912345678", "0912 345 678", "0912.345.678", "+84912345678", "84912345678", "+84 912 345 678"})
    void acceptsTheWaysPeopleWriteANumber(String written) {
        assertThat(PhoneNumber.parse(written)).hasValueSatisfying(phone -> {
            assertThat(phone.e164()).isEqualTo("+84912345678");
            assertThat(phone.national()).isEqualTo("0912345678");
            assertThat(phone.masked()).isEqualTo("*******678");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "0012345678", "091234567890123", "abc", "+1 555 0100"})
    void refusesWhatIsNotAVietnameseNumber(String written) {
        assertThat(PhoneNumber.parse(written)).isEmpty();
    }
}
