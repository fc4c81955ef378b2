package dev.incidentconsole.remote;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** The app's own hosts and groups, by name and sorted; every change gives a new value. */
record SavedHosts(SortedMap<String, SavedHost> hosts, SortedMap<String, List<String>> groups) {

    static final SavedHosts EMPTY = new SavedHosts(new TreeMap<>(), new TreeMap<>());

    SavedHosts {
        hosts = Collections.unmodifiableSortedMap(new TreeMap<>(hosts));
        TreeMap<String, List<String>> copy = new TreeMap<>();
        groups.forEach((name, members) -> copy.put(name, List.copyOf(members)));
        groups = Collections.unmodifiableSortedMap(copy);
    }

    SavedHosts withHost(SavedHost host) {
        TreeMap<String, SavedHost> changed = new TreeMap<>(hosts);
        changed.put(host.alias(), host);
        return new SavedHosts(changed, groups);
    }

    SavedHosts withoutHost(String alias) {
        TreeMap<String, SavedHost> changed = new TreeMap<>(hosts);
        changed.remove(alias);
        return new SavedHosts(changed, groups);
    }

    SavedHosts withGroup(String name, List<String> members) {
        TreeMap<String, List<String>> changed = new TreeMap<>(groups);
        changed.put(name, members);
        return new SavedHosts(hosts, changed);
    }

    SavedHosts withoutGroup(String name) {
        TreeMap<String, List<String>> changed = new TreeMap<>(groups);
        changed.remove(name);
        return new SavedHosts(hosts, changed);
    }
}
