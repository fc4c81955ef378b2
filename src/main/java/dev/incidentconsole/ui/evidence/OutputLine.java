package dev.incidentconsole.ui.evidence;

/**
 * One row of live output. {@code ordinal} numbers the finished lines of a view from 0 in arrival order, stdout
 * and stderr together, so the first row's ordinal is how many lines scrolled out of the view. An unfinished
 * row is a stream's line still being written: it carries the ordinal its line will get and is replaced as more
 * arrives.
 */
record OutputLine(long ordinal, boolean stderr, String text, boolean cut, boolean unfinished) {
}
