package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlArticleParserTest {
    private static Element article(String inner) {
        return Jsoup.parse("<article>" + inner + "</article>").selectFirst("article");
    }

    @Test
    void aTeaserCardHasALinkInItsHeadingOrAHeadingInItsLink() {
        assertThat(HtmlArticleParser.hasLinkedHeading(article("<h3><a href='/other'>Other story</a></h3><p>x</p>")))
                .isTrue();
        assertThat(HtmlArticleParser.hasLinkedHeading(article("<a href='/other'><div><h4>Other story</h4></div></a>")))
                .isTrue();
    }

    @Test
    void theStoryItselfHasPlainHeadingsAndLinksInItsText() {
        assertThat(HtmlArticleParser.hasLinkedHeading(article("<h1>The story</h1><p>See <a href='/x'>this</a>.</p>")))
                .isFalse();
        // a heading around the article does not make its links headline links (the tree is built by hand: an
        // HTML parser would close the heading before the article)
        Element inHeading = article("<p><a href='/x'>a link</a></p>");
        new Element("h2").appendTo(inHeading.parent()).appendChild(inHeading);
        assertThat(inHeading.parent().normalName()).isEqualTo("h2");
        assertThat(HtmlArticleParser.hasLinkedHeading(inHeading)).isFalse();
        assertThat(HtmlArticleParser.hasLinkedHeading(article("<h2><a name='anchor'>Not a link</a></h2>"))).isFalse();
    }

    private static final String STORY = "<p>Der Gemeinderat hat am Dienstagabend nach langer Debatte den Bau der neuen "
            + "Brücke über den Fluss beschlossen, wie die Stadtverwaltung mitteilte.</p><p>Die Arbeiten sollen im "
            + "Frühjahr beginnen und gut zwei Jahre dauern; der Verkehr wird so lange über eine Behelfsbrücke geführt.</p>"
            + "<p>Anwohner hatten sich zuvor in einer Bürgerversammlung mehrheitlich für den Neubau ausgesprochen.</p>";

    private static java.util.List<String> paragraphs(String lead) {
        String page = "<html><head><meta property='og:description' content='" + lead + "'></head><body>"
                + "<div class='intro'><h1>Neue Brücke kommt</h1><h2 class='subline'>" + lead + "</h2></div>"
                + "<div class='story-text'>" + STORY + "</div></body></html>";
        return HtmlArticleParser.parse(page, null).paragraphs();
    }

    @Test
    void aStandfirstThatThePageDescriptionRepeatsLeadsTheTextEvenOutsideTheBodysContainer() {
        String lead = "Nach jahrelangem Streit ist die Entscheidung gefallen: Die marode Brücke am Stadtrand wird "
                + "abgerissen und durch einen Neubau ersetzt, der auch Radfahrern und Fußgängern mehr Platz bietet.";
        assertThat(paragraphs(lead)).first().isEqualTo(lead);
        // a one-line dek under the headline is a subtitle, not the first paragraph
        String dek = "Der Gemeinderat stimmt nach langer Debatte für den Neubau am Stadtrand";
        assertThat(paragraphs(dek)).noneMatch(p -> p.contains("stimmt nach langer Debatte"));
    }

    private static java.util.List<String> page(String afterStory) {
        String page = "<html><body><div class='wrap'><h1>Neue Brücke kommt</h1><div class='story-text'>" + STORY
                + "</div>" + afterStory + "</div></body></html>";
        return HtmlArticleParser.parse(page, null).paragraphs();
    }

    @Test
    void anAuthorBoxWithAPhotoOrALinkToTheAuthorsPageIsNoPartOfTheStory() {
        String withPhoto = "<div class='author-profile'><img src='/avatar.jpg' alt='Frank Beispiel'>"
                + "<h3>Von Frank Beispiel</h3><p>Freier Autor in Berlin und Vorsitzender eines Vereins, der regelmäßig "
                + "zu Vorträgen über Philosophie und Literatur einlädt.</p></div>";
        assertThat(page(withPhoto)).noneMatch(p -> p.contains("Freier Autor"));
        String withLink = "<div class='cbx-Author'><p><a href='/redaktion/erika-muster-123.html'>Erika Muster</a></p>"
                + "<p>Redakteurin in der Wirtschaft, zuständig für Verkehr, Bauwesen und die Finanzen der Kommunen.</p></div>";
        assertThat(page(withLink)).noneMatch(p -> p.contains("Redakteurin in der Wirtschaft"));
        assertThat(page(withLink)).anyMatch(p -> p.startsWith("Anwohner hatten sich"));
    }

    @Test
    void aBoxNamedAfterTheAuthorWithoutAPersonsMarksStays() {
        // no photo and no link to an author page: a text box that happens to carry the word stays
        String box = "<div class='author-note'><p>Die Behelfsbrücke wird nach Angaben der Stadt bereits im Winter "
                + "gebaut, damit der Verkehr im Frühjahr ohne Unterbrechung umgeleitet werden kann.</p></div>";
        assertThat(page(box)).anyMatch(p -> p.startsWith("Die Behelfsbrücke wird"));
    }

    @Test
    void textHiddenByItsInlineStyleIsLeftOutButAHiddenStoryIsKept() {
        String hidden = "<div style='display: none'><p>site: news | section: local | slug: neue-bruecke-kommt | "
                + "route: article_single | keys: news/local/free/stories</p></div>";
        assertThat(page(hidden)).noneMatch(p -> p.contains("slug:"));
        String story = "<html><body><div style='display:none'><h1>Neue Brücke kommt</h1>" + STORY
                + "</div></body></html>";
        assertThat(HtmlArticleParser.parse(story, null).paragraphs()).anyMatch(p -> p.startsWith("Der Gemeinderat"));
    }

    @Test
    void aPageWrappedInAFormWhoseParagraphsAreSetApartWithLineBreaksKeepsItsStory() {
        // old CMS pages wrap everything in one form and write the story as bare text between <br><br>
        String story = "<html><body><form id='pageForm' action='page.aspx'><div class='nav'><a href='/'>Home</a></div>"
                + "<div class='story'><h1>Harbour ferry fares to rise</h1>"
                + "The harbour board voted on Tuesday to raise ferry fares by ten percent from the first of March, "
                + "citing higher fuel costs.<br><br>Commuters who cross twice a day will pay about forty dollars more "
                + "a month, according to the board's own figures.<br><br>A vote on a discount for students was "
                + "postponed until the board's next meeting in February.</div>"
                + "<input type='text' name='q'><input type='submit' value='Search'></form></body></html>";
        assertThat(HtmlArticleParser.parse(story, null).paragraphs())
                .anyMatch(p -> p.startsWith("The harbour board voted on Tuesday"))
                .anyMatch(p -> p.startsWith("Commuters who cross twice a day"));
        // a search form with a short notice still goes
        String search = "<html><body><div class='story'><p>" + "The harbour board voted on Tuesday to raise ferry "
                + "fares by ten percent from the first of March, citing higher fuel costs.</p></div>"
                + "<form action='/search'>Search our archive of stories going back many years<br>"
                + "<input type='text' name='q'></form></body></html>";
        assertThat(HtmlArticleParser.parse(search, null).paragraphs()).noneMatch(p -> p.contains("archive"));
    }

    @Test
    void thePageTitlesSiteNameIsNoPartOfTheHeadline() {
        assertThat(HtmlArticleParser.withoutSiteName("Harbour ferry fares to rise - DailyWire.com", null,
                "www.dailywire.com", null)).isEqualTo("Harbour ferry fares to rise");
        assertThat(HtmlArticleParser.withoutSiteName("The Coast Herald | Harbour ferry fares to rise", null,
                "coastherald.example", null)).isEqualTo("Harbour ferry fares to rise");
        assertThat(HtmlArticleParser.withoutSiteName("Ferry review: a smooth crossing | Harbour Weekly",
                "Harbour Weekly", null, null)).isEqualTo("Ferry review: a smooth crossing");
        // no site name, but the page's own h1 is the headline without the last part
        assertThat(HtmlArticleParser.withoutSiteName("Harbour ferry fares to rise - Local News - Coastline",
                null, null, "Harbour ferry fares to rise - Local News")).isEqualTo("Harbour ferry fares to rise - Local News");
        // a dash inside the headline stays when no part names the site
        assertThat(HtmlArticleParser.withoutSiteName("Ferry strike - what it means for commuters", "Harbour Weekly",
                "harbourweekly.example", "Ferry strike - what it means for commuters"))
                .isEqualTo("Ferry strike - what it means for commuters");
        String page = "<html><head><title>Harbour ferry fares to rise - DailyWire.com</title></head><body>"
                + "<h1>Harbour ferry fares to rise</h1><p>The harbour board voted on Tuesday to raise ferry fares by "
                + "ten percent from the first of March, citing higher fuel costs and a new pier.</p></body></html>";
        assertThat(HtmlArticleParser.parse(page, "https://www.dailywire.com/news/ferry").metadata().title())
                .isEqualTo("Harbour ferry fares to rise");
    }

    @Test
    void theHeadingOfABoxWhoseLinksWereDroppedGoesButASubheadingStays() {
        String tools = "<div class='tools'><h2>Article tools</h2><ul><li><a href='/mail'>Email this story</a></li>"
                + "<li><a href='/print'>Print this story</a></li><li><a href='/c'>Post a comment</a></li></ul></div>";
        String page = "<html><body><div class='wrap'><h1>Neue Brücke kommt</h1><div class='story-text'>" + tools
                + "<p>Der Gemeinderat hat am Dienstag den Bau einer neuen Brücke über den Fluss beschlossen, die "
                + "bis 2027 fertig sein soll.</p><h2>Kosten</h2><p>Die Stadt rechnet mit Kosten von zwölf Millionen "
                + "Euro, von denen das Land die Hälfte übernimmt.</p></div></div></body></html>";
        java.util.List<String> paragraphs = HtmlArticleParser.parse(page, null).paragraphs();
        assertThat(paragraphs).doesNotContain("Article tools").contains("Kosten");
        assertThat(paragraphs.get(0)).startsWith("Der Gemeinderat");
    }
}
