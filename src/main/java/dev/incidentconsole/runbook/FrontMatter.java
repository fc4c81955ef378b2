package dev.incidentconsole.runbook;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The YAML block at the top of a runbook, as written; {@link FrontMatterReader} checks and converts it. */
public final class FrontMatter {
    public String id;
    public String title;
    public String summary;
    public AlertEntry alert;
    public String severity;
    @JsonProperty("response_time") public String responseTime;
    @JsonProperty("incident_types") public List<String> incidentTypes;
    public List<String> tags;
    public String owner;
    public String version;
    @JsonProperty("last_reviewed") public String lastReviewed;
    @JsonProperty("review_interval") public String reviewInterval;
    public List<ParameterEntry> parameters;

    public static final class AlertEntry {
        public String name;
        public String query;
    }

    public static final class ParameterEntry {
        public String name;
        public String type;
        @JsonProperty("default") public String defaultValue;
        public Boolean required;
        public String description;
        public String pattern;
        public Long min;
        public Long max;
    }
}
