package org.sitrep.fuse;

import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;

/** Groups event mentions from many articles into events; equal happenings get equal, stable ids. */
public interface EventFuser {
    /** The mentions with their fused event id set. */
    List<EventMention> assign(List<EventMention> mentions);

    /** The events the mentions form, each with its representative mention. */
    List<Event> fuse(List<EventMention> mentions);
}
