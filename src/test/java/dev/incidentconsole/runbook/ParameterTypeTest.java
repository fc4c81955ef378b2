package dev.incidentconsole.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ParameterTypeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hostname   | mcp-01.prod.example.com | true",
        "hostname   | 10.0.0.12               | true",
        "hostname   | fe80::1                 | true",
        "hostname   | bad_host!               | false",
        "hostname   | -leading.example        | false",
        "port       | 8080                    | true",
        "port       | 0                       | false",
        "port       | 65536                   | false",
        "port       | 80a                     | false",
        "identifier | mcp-github@2.service    | true",
        "identifier | mcp;rm -rf /            | false",
        "identifier | .hidden                 | false",
        "path       | /var/lib/mcp            | true",
        "path       | relative/path           | false",
        "path       | /var/../etc/shadow      | false",
        "integer    | -42                     | true",
        "integer    | 4.2                     | false",
        "url        | https://api.example.com/v1 | true",
        "url        | file:///etc/passwd      | false",
        "url        | http://                 | false",
        "text       | 1 hour ago              | true",
    })
    void validatesValues(String type, String value, boolean accepted) {
        ParameterType parameterType = ParameterType.parse(type).orElseThrow();

        assertThat(parameterType.problemWith(value).isEmpty()).as(type + " " + value).isEqualTo(accepted);
    }

    @Test
    void controlCharactersAreRefusedForEveryType() {
        for (ParameterType type : ParameterType.values()) {
            assertThat(type.problemWith("a\nb")).as(type.label()).isPresent();
            assertThat(type.problemWith("")).as(type.label()).isPresent();
        }
    }

    @Test
    void patternAndRangeApplyOnTopOfTheType() {
        Parameter since = new Parameter("SINCE", ParameterType.TEXT, null, true, null,
                Pattern.compile("^[0-9]{1,3} (minutes|hours) ago$"), null, null, 1);
        Parameter count = new Parameter("COUNT", ParameterType.INTEGER, null, true, null, null, 1L, 10L, 1);

        assertThat(since.problemWith("2 hours ago")).isEmpty();
        assertThat(since.problemWith("yesterday; reboot")).hasValueSatisfying(m -> assertThat(m).startsWith("SINCE does not match"));
        assertThat(count.problemWith("11")).hasValue("COUNT is above the maximum 10");
        assertThat(count.problemWith("0")).hasValue("COUNT is below the minimum 1");
    }
}
