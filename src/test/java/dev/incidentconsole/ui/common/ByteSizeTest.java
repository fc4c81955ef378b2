package dev.incidentconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

    @Test
    void decimalUnitsWithOneDecimalBelowAHundredAndNoUnitOverflowingToAThousand() {
        assertThat(ByteSize.of(0)).isEqualTo("0 B");
        assertThat(ByteSize.of(999)).isEqualTo("999 B");
        assertThat(ByteSize.of(1_000)).isEqualTo("1.0 KB");
        assertThat(ByteSize.of(1_500)).isEqualTo("1.5 KB");
        assertThat(ByteSize.of(99_949)).isEqualTo("99.9 KB");
        assertThat(ByteSize.of(99_950)).isEqualTo("100 KB");
        assertThat(ByteSize.of(999_499)).isEqualTo("999 KB");
        assertThat(ByteSize.of(999_500)).isEqualTo("1.0 MB");
        assertThat(ByteSize.of(4_240_000)).isEqualTo("4.2 MB");
        assertThat(ByteSize.of(101_315_790)).isEqualTo("101 MB");
        assertThat(ByteSize.of(999_990_000)).isEqualTo("1.0 GB");
        assertThat(ByteSize.of(1_000_000_000_000_000_000L)).isEqualTo("1000 PB");
    }
}
