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
}
