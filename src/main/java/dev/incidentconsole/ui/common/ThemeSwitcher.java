package dev.incidentconsole.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Switches between the light and the dark AtlantaFX theme. The choice applies at once: toggling
 * {@link #darkProperty()} replaces the user agent stylesheet of the whole application.
 */
public final class ThemeSwitcher {

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final Consumer<String> userAgentStylesheet;

    /** A switcher that sets JavaFX's application-wide user agent stylesheet. */
    public ThemeSwitcher(boolean startDark) {
        this(startDark, Application::setUserAgentStylesheet);
    }

    public ThemeSwitcher(boolean startDark, Consumer<String> userAgentStylesheet) {
        this.userAgentStylesheet = userAgentStylesheet;
        dark.set(startDark);
        dark.addListener((obs, was, isDark) -> apply());
    }

    /** Applies the current choice; call once when the first window opens. */
    public void apply() {
        userAgentStylesheet.accept(stylesheet(dark.get()));
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public boolean isDark() {
        return dark.get();
    }

    public static String stylesheet(boolean dark) {
        return dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }
}
