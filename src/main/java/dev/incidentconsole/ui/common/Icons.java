package dev.incidentconsole.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Font icons with our style classes; size and colour come from CSS ({@code -fx-icon-size}, {@code -fx-icon-color}). */
public final class Icons {

    private Icons() {
    }

    public static FontIcon icon(Ikon ikon, String... styleClasses) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().addAll(styleClasses);
        return icon;
    }
}
