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
}
