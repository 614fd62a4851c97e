package org.opencity.assistant.internal.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.opencity.assistant.internal.answer.WardPlace;
import org.opencity.geography.AdministrativeUnits;
import org.opencity.geography.GeographyProperties;
import org.opencity.geography.Ward;
import org.opencity.geography.WardMatch;
import org.opencity.identity.UnitKind;
import org.opencity.identity.Units;
import org.opencity.shared.VietnameseText;
import org.springframework.stereotype.Component;

/**
 * Finds the ward a question names, through the geography module: a current name (“phường Cầu Giấy”), or a former
 * ward's or district's name (“phường cũ Dịch Vọng Hậu”, “12 Hàng Bài”), with or without diacritics; and where its
 * residents hand in papers, through identity's units (the ward's public-service centre).
 */
@Component
public class WardFinder {

    /** Words around a place name that are not part of it: the question's frame, house numbers, street words. */
    private static final Set<String> NOT_THE_PLACE = Set.copyOf(java.util.Arrays.asList(String.join(
                    " ",
                    "phuong xa p cu truoc day nay gio bay la thuoc ve dau nao moi sau sap nhap vao o tai so nha duong",
                    "pho ngo ngach hem kiet thon to dan pho cho hoi thi vay nhi a oi the khong ko minh toi em nha cua",
                    "dia chi address which what ward commune is in belongs belong to old former now new of the my at",
                    "street no number quan huyen thi tran district")
            .split(" ")));

    private static final int MOST_WORDS = 5;

    private final AdministrativeUnits geography;
    private final Units units;
    private final String homeProvince;

    WardFinder(AdministrativeUnits geography, Units units, GeographyProperties properties) {
        this.geography = geography;
        this.units = units;
        this.homeProvince = properties.homeProvince();
    }

    /** A current ward named with its kind word (“phường Cầu Giấy”, “xa Thanh Tri”): the place a follow-up means. */
    public Optional<Ward> named(String question) {
        String padded = " " + VietnameseText.foldQuery(question) + " ";
        return geography
                .wardMentionedIn(question, homeProvince)
                .filter(ward -> padded.contains(" " + VietnameseText.fold(ward.name()) + " "));
    }

    /**
     * Wards matching the place a question names, current names first, then former ward and district names; empty
     * when no name in the question matches.
     */
    public List<WardMatch> matching(String question, boolean formerFirst) {
        if (!formerFirst) {
            Optional<Ward> current = geography.wardMentionedIn(question, homeProvince);
            if (current.isPresent()) {
                return List.of(new WardMatch(current.get(), null));
            }
        }
        List<String> words = placeWords(question);
        // The longest run of words that names something wins: "hang bai" before "bai".
        for (int length = Math.min(words.size(), MOST_WORDS); length >= 1; length--) {
            for (int from = 0; from + length <= words.size(); from++) {
                String candidate = String.join(" ", words.subList(from, from + length));
                if (length == 1 && candidate.length() < 4) {
                    continue;
                }
                List<WardMatch> found = geography.search(candidate, homeProvince, 10).stream()
                        .filter(match -> matchesWhole(match, candidate))
                        .toList();
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /** The ward with its public-service centre and its seat. */
    public WardPlace place(Ward ward, Locale language) {
        String centre = units.ofWard(ward.code(), UnitKind.SERVICE_CENTRE)
                .map(unit -> unit.name(language))
                .orElse(null);
        return new WardPlace(ward.code(), ward.name(), centre, ward.adminCenter());
    }

    private static List<String> placeWords(String question) {
        List<String> words = new ArrayList<>();
        for (String word : VietnameseText.fold(question).split(" ")) {
            if (!word.isEmpty()
                    && !NOT_THE_PLACE.contains(word)
                    && !word.chars().allMatch(Character::isDigit)) {
                words.add(word);
            }
        }
        return words;
    }

    /** “hang bai” names Phường Hàng Bài, not Phường Hàng Bài Mới: the matched name holds the words as a whole. */
    private static boolean matchesWhole(WardMatch match, String candidate) {
        String name = match.matchedAlias() == null
                ? match.ward().name()
                : match.matchedAlias().alias();
        String folded = " " + VietnameseText.fold(name) + " ";
        return folded.contains(" " + candidate + " ");
    }
}
