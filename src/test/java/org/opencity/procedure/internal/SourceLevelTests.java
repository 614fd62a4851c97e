package org.opencity.procedure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.opencity.procedure.ProcedureLevel;

/** The level a resident goes to, read from every level text the sources hold. */
class SourceLevelTests {

    @Test
    void readsEveryLevelOfTheSourcesAsTheNearestListed() throws Exception {
        Set<String> texts = new HashSet<>();
        for (String file : java.util.List.of(SeedFiles.PORTAL, SeedFiles.DEFENCE)) {
            for (CSVRecord row : SeedFiles.read(file)) {
                texts.add(row.get("level"));
            }
        }
        assertThat(texts).hasSize(22);
        texts.forEach(text -> assertThat(SourceLevel.read(text)).as(text).isNotNull());
        assertThat(SourceLevel.read("Cấp bộ, Cấp tỉnh, Cấp xã")).isEqualTo(ProcedureLevel.WARD);
        assertThat(SourceLevel.read("Cấp Bộ, Cấp Tỉnh")).isEqualTo(ProcedureLevel.PROVINCE);
        assertThat(SourceLevel.read("Cấp bộ")).isEqualTo(ProcedureLevel.MINISTRY);
        assertThat(SourceLevel.read("Cấp tỉnh, Cơ quan khác")).isEqualTo(ProcedureLevel.PROVINCE);
        assertThat(SourceLevel.read("Cơ quan khác")).isEqualTo(ProcedureLevel.MINISTRY);
    }

    @Test
    void readsTheLevelsBeforeThe2025Reform() {
        assertThat(SourceLevel.read("Cấp huyện")).isEqualTo(ProcedureLevel.WARD);
        assertThat(SourceLevel.read("Trung ương, Cấp tỉnh")).isEqualTo(ProcedureLevel.PROVINCE);
        assertThat(SourceLevel.read("Trung ương")).isEqualTo(ProcedureLevel.MINISTRY);
    }

    @Test
    void anUnknownLevelStopsTheLoad() {
        assertThatThrownBy(() -> SourceLevel.read("Cấp thôn")).hasMessageContaining("Cấp thôn");
        assertThatThrownBy(() -> SourceLevel.read("")).isInstanceOf(IllegalArgumentException.class);
    }
}
