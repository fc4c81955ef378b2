package dev.incidentconsole.incident;

/** Who is at the keyboard; every entry names them. */
public record Operator(String name, String email) {

    public String label() {
        return email == null || email.isBlank() ? name : name + " <" + email + ">";
    }
}
