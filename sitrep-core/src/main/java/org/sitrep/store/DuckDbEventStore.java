package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.export.EventJson;
import org.sitrep.model.Article;
import org.sitrep.model.EventMention;
import org.sitrep.model.Participant;
import org.sitrep.model.Quote;

/**
 * The store on an embedded DuckDB file: tables {@code articles}, {@code mentions} (one row per event mention with
 * its full JSON record) and {@code events} (one row per fused event, rebuilt from its mentions). Not thread-safe:
 * one writer at a time, as DuckDB allows one process per file.
 */
public final class DuckDbEventStore implements EventStore {
    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS articles (
              id VARCHAR PRIMARY KEY, origin VARCHAR, url VARCHAR, title VARCHAR, published DATE, outlet VARCHAR,
              language VARCHAR, text VARCHAR, stored_at TIMESTAMP DEFAULT current_timestamp);
            CREATE TABLE IF NOT EXISTS mentions (
              id VARCHAR PRIMARY KEY, event_id VARCHAR, article_id VARCHAR, event_type VARCHAR, cameo VARCHAR,
              date VARCHAR, date_precision VARCHAR, factuality VARCHAR, actor_codes VARCHAR, recipient_codes VARCHAR,
              location_name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, killed_min BIGINT, injured_min BIGINT,
              confidence DOUBLE, evidence_start INTEGER, evidence_end INTEGER, record VARCHAR);
            CREATE TABLE IF NOT EXISTS events (
              id VARCHAR PRIMARY KEY, event_type VARCHAR, cameo VARCHAR, date VARCHAR, factuality VARCHAR,
              actor_codes VARCHAR, recipient_codes VARCHAR, location_name VARCHAR, country VARCHAR, lat DOUBLE,
              lon DOUBLE, killed_min BIGINT, mention_count INTEGER, article_count INTEGER, record VARCHAR);
            CREATE TABLE IF NOT EXISTS quotes (
              article_id VARCHAR, start_offset INTEGER, end_offset INTEGER, text VARCHAR, speaker VARCHAR,
              speaker_codes VARCHAR, mention_id VARCHAR, PRIMARY KEY (article_id, start_offset));
            """;

    private final Path file;
    private final Connection connection;

    private DuckDbEventStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the store in this file. */
    public static DuckDbEventStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                for (String ddl : SCHEMA.split(";")) {
                    if (!ddl.isBlank()) {
                        s.execute(ddl);
                    }
                }
            }
            return new DuckDbEventStore(file, c);
        } catch (SQLException | java.io.IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String fix = why.contains("lock") ? " Another sitrep process has it open; wait for it or use --db with another file."
                    : " Check that the path is writable, or choose another file with --db.";
            throw new StoreException("cannot open the store " + file + ": " + why + "." + fix, e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public boolean store(Article article, List<EventMention> mentions) {
        return storeAll(List.of(new Coded(article, mentions))) == 1;
    }

    /** One coded article for {@link #storeAll}, with its quotations. */
    public record Coded(Article article, List<EventMention> mentions, List<Quote> quotes) {
        public Coded {
            mentions = List.copyOf(mentions);
            quotes = List.copyOf(quotes);
        }

        public Coded(Article article, List<EventMention> mentions) {
            this(article, mentions, List.of());
        }
    }

    /**
     * Stores several articles in one transaction (much faster than one by one); articles already stored are left
     * out. Returns how many were stored.
     */
    public int storeAll(List<Coded> batch) {
        try {
            connection.setAutoCommit(false);
            Set<String> touched = new LinkedHashSet<>();
            try {
                Set<String> stored = stored(batch.stream().map(c -> c.article().id()).toList());
                List<Coded> fresh = new ArrayList<>();
                for (Coded c : batch) {
                    if (stored.add(c.article().id())) { // new here and not seen earlier in this batch
                        fresh.add(c);
                        c.mentions().forEach(m -> touched.add(m.eventId()));
                    }
                }
                insertArticles(fresh);
                insertMentions(fresh.stream().flatMap(c -> c.mentions().stream()).toList());
                insertQuotes(fresh);
                rebuildEvents(touched);
                connection.commit();
                return fresh.size();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            String what = batch.size() == 1 ? "article " + batch.get(0).article().origin() : batch.size() + " articles";
            throw new StoreException("cannot store " + what + " in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Which of these article ids are stored already, in one query. */
    private Set<String> stored(List<String> ids) throws SQLException {
        Set<String> out = new java.util.HashSet<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT id FROM articles WHERE id IN (SELECT unnest(?))")) {
            p.setArray(1, connection.createArrayOf("VARCHAR", ids.toArray()));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    /** A stored quotation and the event mention it comments on (null when none). */
    public record StoredQuote(Quote quote, String mentionId) {
    }

    /** The stored quotations of an article, in text order. */
    public List<StoredQuote> quotes(String articleId) {
        try (PreparedStatement p = connection.prepareStatement("SELECT text, start_offset, end_offset, speaker, "
                + "speaker_codes, mention_id FROM quotes WHERE article_id = ? ORDER BY start_offset")) {
            p.setString(1, articleId);
            List<StoredQuote> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String codes = r.getString(5);
                    out.add(new StoredQuote(new Quote(r.getString(1), r.getInt(2), r.getInt(3), r.getString(4),
                            codes == null ? List.of() : List.of(codes.split(";"))), r.getString(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** True when an article with this content id is stored. */
    public boolean contains(String articleId) {
        try (PreparedStatement p = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            p.setString(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void insertArticles(List<Coded> articles) throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO articles (id, origin, url, title, published, outlet, language, text) VALUES (?,?,?,?,?,?,?,?)")) {
            for (Coded c : articles) {
                Article a = c.article();
                p.setString(1, a.id());
                p.setString(2, a.origin());
                p.setString(3, a.url());
                p.setString(4, a.title());
                if (a.published() == null) {
                    p.setNull(5, Types.DATE);
                } else {
                    p.setDate(5, Date.valueOf(a.published()));
                }
                p.setString(6, a.outlet());
                p.setString(7, a.language());
                p.setString(8, a.text());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** The quotations, each with the first event mention it comments on (or null). */
    private void insertQuotes(List<Coded> articles) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (Coded c : articles) {
            for (Quote q : c.quotes()) {
                String mention = c.mentions().stream().filter(m -> m.quotes().contains(q)).map(EventMention::id)
                        .findFirst().orElse(null);
                rows.add(new Object[] {c.article().id(), q.start(), q.end(), q.text(), q.speaker(),
                        q.speakerCodes().isEmpty() ? null : String.join(";", q.speakerCodes()), mention});
            }
        }
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            String values = String.join(",", java.util.Collections.nCopies(chunk.size(), "(?,?,?,?,?,?,?)"));
            try (PreparedStatement p = connection.prepareStatement("INSERT OR REPLACE INTO quotes (article_id, "
                    + "start_offset, end_offset, text, speaker, speaker_codes, mention_id) VALUES " + values)) {
                int i = 0;
                for (Object[] row : chunk) {
                    for (Object v : row) {
                        p.setObject(++i, v);
                    }
                }
                p.executeUpdate();
            }
        }
    }

    /** Rows per INSERT statement: DuckDB runs each statement of a JDBC batch on its own, a few ms each. */
    private static final int ROWS_PER_INSERT = 64;

    private void insertMentions(List<EventMention> mentions) throws SQLException {
        for (int from = 0; from < mentions.size(); from += ROWS_PER_INSERT) {
            List<EventMention> chunk = mentions.subList(from, Math.min(mentions.size(), from + ROWS_PER_INSERT));
            String values = String.join(",", java.util.Collections.nCopies(chunk.size(),
                    "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
            try (PreparedStatement p = connection.prepareStatement("""
                    INSERT OR REPLACE INTO mentions (id, event_id, article_id, event_type, cameo, date, date_precision,
                      factuality, actor_codes, recipient_codes, location_name, country, lat, lon, killed_min,
                      injured_min, confidence, evidence_start, evidence_end, record)
                    VALUES """ + values)) {
                int i = 0;
                for (EventMention m : chunk) {
                    p.setString(i + 1, m.id());
                    p.setString(i + 2, m.eventId());
                    p.setString(i + 3, m.article().id());
                    p.setString(i + 4, m.eventType() == null ? null : m.eventType().name());
                    p.setString(i + 5, m.cameo());
                    p.setString(i + 6, m.date().value());
                    p.setString(i + 7, m.date().precision().label());
                    p.setString(i + 8, m.factuality().label());
                    p.setString(i + 9, codes(m.actor()));
                    p.setString(i + 10, codes(m.recipient()));
                    p.setString(i + 11, m.location() == null ? null : m.location().name());
                    p.setString(i + 12, m.location() == null ? null : m.location().country());
                    setDouble(p, i + 13, m.location() == null ? null : m.location().lat());
                    setDouble(p, i + 14, m.location() == null ? null : m.location().lon());
                    setLong(p, i + 15, m.casualties().killed() == null ? null : m.casualties().killed().min());
                    setLong(p, i + 16, m.casualties().injured() == null ? null : m.casualties().injured().min());
                    p.setDouble(i + 17, m.confidence());
                    p.setInt(i + 18, m.evidence().start());
                    p.setInt(i + 19, m.evidence().end());
                    p.setString(i + 20, EventJson.write(m));
                    i += 20;
                }
                p.executeUpdate();
            }
        }
    }

    /** Each touched event row becomes its most confident mention's fields plus mention and article counts. */
    private void rebuildEvents(Set<String> eventIds) throws SQLException {
        if (eventIds.isEmpty()) {
            return;
        }
        try (PreparedStatement p = connection.prepareStatement("""
                INSERT OR REPLACE INTO events
                SELECT event_id, arg_max(event_type, confidence), arg_max(cameo, confidence), arg_max(date, confidence),
                  arg_max(factuality, confidence), arg_max(actor_codes, confidence), arg_max(recipient_codes, confidence),
                  arg_max(location_name, confidence), arg_max(country, confidence), arg_max(lat, confidence),
                  arg_max(lon, confidence), max(killed_min), count(*), count(DISTINCT article_id),
                  arg_max(record, confidence)
                FROM mentions WHERE event_id IN (SELECT unnest(?)) GROUP BY event_id""")) {
            p.setArray(1, connection.createArrayOf("VARCHAR", eventIds.toArray()));
            p.executeUpdate();
        }
    }

    private static String codes(List<Participant> ps) {
        return ps.stream().map(Participant::code).collect(Collectors.joining(";"));
    }

    private static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.DOUBLE);
        } else {
            p.setDouble(i, v);
        }
    }

    private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.BIGINT);
        } else {
            p.setLong(i, v);
        }
    }

    /** The stored mentions of these articles (all articles when empty), in article and text order. */
    public List<EventMention> mentions(Collection<String> articleIds) {
        String where = articleIds.isEmpty() ? "" : " WHERE article_id IN (SELECT unnest(?))";
        List<EventMention> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT record FROM mentions" + where + " ORDER BY date, article_id, evidence_start")) {
            if (!articleIds.isEmpty()) {
                p.setArray(1, connection.createArrayOf("VARCHAR", articleIds.toArray()));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(EventJson.read(r.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read mentions from " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Row counts of the tables, for reports and tests. */
    public long count(String table) {
        if (!Set.of("articles", "mentions", "events", "quotes").contains(table)) {
            throw new IllegalArgumentException("no table " + table);
        }
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count " + table + " in " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
