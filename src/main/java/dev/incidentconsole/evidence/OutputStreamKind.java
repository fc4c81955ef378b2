package dev.incidentconsole.evidence;

/** The two output streams of a command; a collected file's bytes are stored as STDOUT. */
public enum OutputStreamKind { STDOUT, STDERR }
