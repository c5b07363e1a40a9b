package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Caption;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.ExtractionResult;
import org.sitrep.model.RawDocument;

class NewsExtractorTest extends ExtractorContract {
    private final NewsExtractor extractor = new NewsExtractor();

    @Override
    protected Extractor extractor() {
        return extractor;
    }

    private Article article(String text, DocumentFormat format) {
        ExtractionResult r = extractor.extract(doc(text, format));
        assertThat(r).isInstanceOf(ExtractionResult.Extracted.class);
        return ((ExtractionResult.Extracted) r).article();
    }

    @Test
    void aRecipesIngredientTableBesideTheTextIsKeptAndALinkTableIsNot() {
        String method = "<p>Den Ofen auf 180 Grad vorheizen und die Form mit Butter ausstreichen, damit der Boden "
                + "sich später gut löst.</p><p>Mehl, Zucker und die weiche Butter zu einem glatten Teig verkneten, "
                + "eine halbe Stunde kühlen und dann in die Form drücken.</p><p>Die Mandarinen gut abtropfen lassen, "
                + "auf dem Teig verteilen und den Kuchen etwa eine Stunde backen, bis er goldbraun ist.</p>";
        Article a = article("""
                <html lang="de"><head><title>Mandarinenkuchen</title></head><body><div id="page">
                <div class="recipe"><h1>Mandarinenkuchen vom Blech</h1>
                <div class="box"><h2>Zutaten</h2><div class="inner"><table class="ingredients">
                <tr><td>250 g</td><td>Mehl</td></tr><tr><td>125 g</td><td>Zucker</td></tr>
                <tr><td>125 g</td><td>Butter, weich</td></tr><tr><td>2 Dosen</td><td>Mandarinen, abgetropft</td></tr>
                </table></div></div>
                <div class="box"><h2>Zubereitung</h2><div class="method">%s</div></div></div>
                <table class="more"><tr><td><a href="/a">Apfelkuchen</a></td></tr><tr><td><a href="/b">Käsekuchen</a>
                </td></tr><tr><td><a href="/c">Zitronenkuchen vom Blech</a></td></tr></table>
                </div></body></html>""".formatted(method), DocumentFormat.HTML);
        assertThat(a.text()).contains("Mandarinen, abgetropft").contains("Butter, weich")
                .doesNotContain("Käsekuchen");
    }

    @Test
    void datedTextDropsAppealsPromptsAndCaptionsButKeepsTheDateline() {
        Article a = article("""
                  date 2025-11-19
                Peace plan discussed with both sides

                Help us keep our journalism free
                Independent reporting costs money, and we rely on readers like you. Please support us. Donate now

                Share this article

                open image in gallery
                Rescuers search the ruins of a block in Ternopil ( AP )

                KYIV (Reuters) - Russia fired 518 drones and missiles at Ukraine last night.

                Read more
                Zelensky heads to Turkey as Kyiv seeks talks
                EU ministers back new loan

                Zelensky said dozens of people were injured.

                Sign up to our newsletter
                Follow us on X
                """, DocumentFormat.TEXT);

        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 11, 19));
        assertThat(a.title()).isEqualTo("Peace plan discussed with both sides");
        assertThat(a.text()).isEqualTo("KYIV (Reuters) - Russia fired 518 drones and missiles at Ukraine last night."
                + "\n\nZelensky said dozens of people were injured.");
        assertThat(a.captions()).containsExactly(new Caption("Rescuers search the ruins of a block in Ternopil ( AP )", "AP"));
        assertThat(a.outlet()).isEqualTo("Reuters");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void theDateMayShareItsLineWithTheText() {
        Article a = article("date 2024-02-29 Troops crossed the border early on Thursday, officials said.",
                DocumentFormat.TEXT);
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(a.text()).isEqualTo("Troops crossed the border early on Thursday, officials said.");
    }

    @Test
    void aDateInTheArticlesMetadataBoxCountsEvenWhenTheBodyClassSaysSidebar() {
        Article a = article("""
                <html lang="de"><body class="page one-sidebar sidebar-first"><main><article>
                <h1>Gericht stoppt Abschiebung</h1>
                <aside class="meta"><p><time itemprop="datePublished" content="2023-10-18">18. Okt 2023</time></p></aside>
                <p>Das Verwaltungsgericht hat die Abschiebung eines Mannes nach Afghanistan vorläufig gestoppt.</p>
                <p>Die Behörde kann gegen die Entscheidung Beschwerde einlegen, teilte das Gericht mit.</p>
                </article></main><div class="sidebar"><time datetime="2020-01-01">1. Jan 2020</time></div>
                </body></html>""", DocumentFormat.HTML);
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 10, 18));
    }

    @Test
    void aWebPageNodeInAJsonLdGraphDatesAPageWithNoArticleNode() {
        Article a = article("""
                <html lang="en"><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                {"@type":"WebSite","name":"Shelter Network"},
                {"@type":"WebPage","name":"About us","datePublished":"2018-06-07T10:13:17+00:00"}]}</script></head>
                <body><h1>About us</h1><p>We run shelters for families displaced by the fighting in the north.</p>
                <p>Our teams work with local councils and volunteers in six provinces.</p></body></html>""",
                DocumentFormat.HTML);
        assertThat(a.published()).isEqualTo(LocalDate.of(2018, 6, 7));
    }

    @Test
    void anArticleSplitIntoSectionsOfTheSameMarkupIsReadWhole() {
        String section = "<div class=\"story__section prose\">%s</div>";
        Article a = article("""
                <html lang="en"><body><div class="page"><div class="story-top">
                """ + section.formatted("<p>The first convoy of aid trucks crossed into northern Gaza on Sunday, "
                + "<a href=\"/un\">the United Nations relief agency</a> said, after weeks of talks with Israeli "
                + "officials.</p><p>Each truck carried "
                + "flour, water and medicine, and more were waiting at the crossing, officials said.</p>")
                + """
                </div><figure><img src="x.jpg"><figcaption>Trucks at the crossing</figcaption></figure>
                <div class="promo"><a href="/other">Another story about something else entirely, read it now</a></div>
                """ + section.formatted("<p>Aid agencies said the convoy was too small to meet the needs of the "
                + "hundreds of thousands of people who remain in <a href=\"/gaza\">the north of the territory</a>, "
                + "where <a href=\"/famine\">famine conditions were reported in March</a>.</p>") + """
                </div></body></html>""", DocumentFormat.HTML);
        assertThat(a.text()).contains("The first convoy").contains("too small to meet the needs")
                .doesNotContain("Another story");
    }

    @Test
    void unicodeLineSeparatorsAndNonBreakingBlankLinesBreakAPressReleaseIntoItsParts() {
        Article a = article("Patrol Finds Arms Cache in Kunduz\nJoint Command - Afghanistan\u20282010-05-CA-017\u2028"
                + "For Immediate Release\u2028\u00a0\u2028KUNDUZ, Afghanistan (May 4, 2010) \u2013 A joint patrol found "
                + "a cache of rifles near Kunduz city yesterday.\u2028\u2028The weapons were destroyed on site.\u2029"
                + "No shots were fired.", DocumentFormat.TEXT);
        assertThat(a.published()).isEqualTo(LocalDate.of(2010, 5, 4));
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.paragraphs().get(0).of(a.text())).startsWith("KUNDUZ, Afghanistan (May 4, 2010)")
                .endsWith("yesterday.");
        assertThat(a.text()).doesNotContain("For Immediate Release").endsWith("No shots were fired.");
    }

    @Test
    void aHeaderLineEndingInAMonthAndDayTakesTheYearOfTheReleaseNumber() {
        Article a = article("Police Operational Update, Aug. 9\nJoint Command - Afghanistan\n2010-08-CA-031\n"
                + "For Immediate Release\n\nA joint patrol found a cache of rifles near Kunduz city last night.",
                DocumentFormat.TEXT);
        assertThat(a.published()).isEqualTo(LocalDate.of(2010, 8, 9));
    }

    @Test
    void textWithoutADateLineHasNoPublicationDate() {
        Article a = article("Troops crossed the border early on Thursday, officials said.", DocumentFormat.TEXT);
        assertThat(a.published()).isNull();
    }

    @Test
    void htmlGivesMetadataFromJsonLdAndKeepsCaptionsOutOfTheBody() {
        Article a = article("""
                <html lang="en"><head><title>Site | Headline</title>
                <meta property="og:site_name" content="The Ledger">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
                 "headline":"Putin hosts Witkoff","datePublished":"2025-12-02T21:40:00+03:00",
                 "author":{"@type":"Person","name":"Anna Petrova"},"publisher":{"@type":"Organization","name":"The Daily Ledger"}}]}
                </script></head><body>
                <nav><a href="/">Home</a><a href="/world">World</a></nav>
                <div class="share-bar"><a>Share on Facebook</a></div>
                <main><article>
                  <h1>Putin hosts Witkoff</h1>
                  <figure><img src="a.jpg"><figcaption>Putin greets Witkoff. Photograph: Reuters</figcaption></figure>
                  <p>MOSCOW, Dec 2 (Reuters) - Russian President Vladimir Putin received US envoy Steve Witkoff.</p>
                  <p>The meeting began in the early evening.</p>
                  <div class="newsletter-signup"><p>Get our briefing in your inbox every morning.</p></div>
                </article>
                <aside class="related"><ul><li><a href="/x">Other story</a></li></ul></aside></main>
                <footer><p>Copyright 2025 The Daily Ledger. All rights reserved.</p></footer>
                </body></html>""", DocumentFormat.HTML);

        assertThat(a.title()).isEqualTo("Putin hosts Witkoff");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 12, 2)); // the publisher's local day, not UTC
        assertThat(a.outlet()).isEqualTo("The Daily Ledger");
        assertThat(a.authors()).containsExactly("Anna Petrova");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.text()).startsWith("MOSCOW, Dec 2 (Reuters) - Russian President").doesNotContain("Photograph")
                .doesNotContain("briefing").doesNotContain("Copyright").doesNotContain("Share");
        assertThat(a.captions()).extracting(Caption::credit).containsExactly("Reuters");
    }

    @Test
    void htmlFallsBackToOpenGraphAndTimeElements() {
        Article a = article("""
                <html><head><meta property="og:title" content="Drills around Taiwan"></head><body>
                <div class="story"><time datetime="2026-01-15T18:05:00+08:00">15 January</time>
                <p>China's military began large-scale drills around Taiwan on Thursday, officials said.</p>
                <p>Taiwan said it had detected dozens of aircraft.</p></div></body></html>""", DocumentFormat.HTML);
        assertThat(a.title()).isEqualTo("Drills around Taiwan");
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void jsonRecordsWithTextOrHtmlAreBothExtractedAndTheRecordDateWins() {
        Article fromText = article("{\"url\":\"https://example.org/a\",\"date\":\"2025-12-10\",\"title\":\"T\","
                + "\"text\":\"BRUSSELS - The alliance said on Wednesday it would send troops.\"}", DocumentFormat.JSON_RECORD);
        Article fromHtml = article("{\"url\":\"https://example.org/b\",\"date\":\"2025-12-12\",\"title\":\"H\","
                + "\"html\":\"<html><head><meta property='article:published_time' content='2020-01-01'></head>"
                + "<body><article><p>Rwanda denied the accusation.</p></article></body></html>\"}",
                DocumentFormat.JSON_RECORD);

        assertThat(fromText.url()).isEqualTo("https://example.org/a");
        assertThat(fromText.published()).isEqualTo(LocalDate.of(2025, 12, 10));
        assertThat(fromText.title()).isEqualTo("T");
        assertThat(fromHtml.published()).isEqualTo(LocalDate.of(2025, 12, 12));
        assertThat(fromHtml.text()).isEqualTo("Rwanda denied the accusation.");
    }

    @Test
    void malformedJsonFailsWithTheReasonAndColumn() {
        ExtractionResult r = extractor.extract(doc("{\"text\": \"unterminated}", DocumentFormat.JSON_RECORD));
        assertThat(r).isInstanceOf(ExtractionResult.Failed.class);
        assertThat(((ExtractionResult.Failed) r).reason()).startsWith("malformed JSON line").contains("column");
    }

    @Test
    void aJsonRecordWithoutTextOrHtmlNamesItsFields() {
        ExtractionResult r = extractor.extract(doc("{\"url\":\"u\",\"body_text\":\"x\"}", DocumentFormat.JSON_RECORD));
        assertThat(((ExtractionResult.Failed) r).reason()).contains("neither \"text\" nor \"html\"").contains("body_text");
    }

    @Test
    void invalidUtf8IsDecodedAsWindows1252WithAWarning() {
        byte[] latin1 = "date 2025-01-01\nThe caf\u00e9 in K\u00f6ln was closed by police.".getBytes(StandardCharsets.ISO_8859_1);
        ExtractionResult r = extractor.extract(RawDocument.of("latin1.txt", latin1, DocumentFormat.TEXT));
        ExtractionResult.Extracted e = (ExtractionResult.Extracted) r;
        assertThat(e.article().text()).contains("caf\u00e9 in K\u00f6ln");
        assertThat(e.warnings()).singleElement().asString().contains("not valid UTF-8");
    }

    @Test
    void binaryFilesAreSkippedAsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        ExtractionResult r = extractor.extract(RawDocument.of("image.png", png, DocumentFormat.TEXT));
        assertThat(((ExtractionResult.Skipped) r).reason()).startsWith("binary content");
    }

    @Test
    void brokenHtmlStillYieldsItsText() {
        Article a = article("<html><body><div><p>Police detained 11 people after the clashes.<p>Two officers "
                + "were injured.</div></span></body>", DocumentFormat.HTML);
        assertThat(a.text()).contains("Police detained 11 people").contains("Two officers were injured.");
    }

    @Test
    void aPageWithoutArticleTextIsSkipped() {
        ExtractionResult r = extractor.extract(doc("<html><body><nav><a>Home</a></nav></body></html>", DocumentFormat.HTML));
        assertThat(((ExtractionResult.Skipped) r).reason()).isEqualTo("no article text found in the page");
    }

    @Test
    void theArticleIdDependsOnContentNotOnWhereItCameFrom() {
        byte[] bytes = "date 2025-01-01\nSame text.".getBytes(StandardCharsets.UTF_8);
        Article one = ((ExtractionResult.Extracted) extractor.extract(RawDocument.of("a.txt", bytes, DocumentFormat.TEXT))).article();
        Article two = ((ExtractionResult.Extracted) extractor.extract(RawDocument.of("copy/b.txt", bytes, DocumentFormat.TEXT))).article();
        Article other = article("date 2025-01-02\nSame text.", DocumentFormat.TEXT);
        assertThat(one.id()).isEqualTo(two.id()).isNotEqualTo(other.id());
    }

    @Test
    void theCharsetAContainerDeclaresIsUsedAndTheCrawlDateIsAFallback() {
        byte[] latin1 = "<html><body><article><p>Police in K\u00f6ln arrested 20 protesters on Monday.</p></article></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        ExtractionResult r = extractor.extract(new RawDocument("crawl.warc#1", latin1, DocumentFormat.HTML,
                "https://example.org/a", null, LocalDate.of(2025, 11, 19), "iso-8859-1"));
        ExtractionResult.Extracted e = (ExtractionResult.Extracted) r;
        assertThat(e.article().text()).contains("K\u00f6ln");
        assertThat(e.article().published()).isEqualTo(LocalDate.of(2025, 11, 19));
        assertThat(e.warnings()).anyMatch(w -> w.contains("crawl date"));
    }

    @Test
    void aPageSavedAsUtf8UnderAnOldLatin1MetaTagIsReadAsUtf8ButARealLatin1PageIsNot() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
                + "<body><article><p>La polic\u00eda detuvo a dos personas a 70 kil\u00f3metros de Sevilla el "
                + "martes.</p></article></body></html>";
        Article resaved = ((ExtractionResult.Extracted) extractor.extract(RawDocument.of("resaved.html",
                page.getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML))).article();
        assertThat(resaved.text()).contains("polic\u00eda", "kil\u00f3metros").doesNotContain("\u00c3");
        Article latin1 = ((ExtractionResult.Extracted) extractor.extract(RawDocument.of("latin1.html",
                page.getBytes(StandardCharsets.ISO_8859_1), DocumentFormat.HTML))).article();
        assertThat(latin1.text()).contains("polic\u00eda", "kil\u00f3metros");
    }

    @Test
    void publicationAndModificationDatesAreToldApart() {
        Article a = article("""
                <html><head><meta property="article:published_time" content="2025-11-19T08:00:00+02:00">
                <meta property="article:modified_time" content="2025-11-20T10:00:00+02:00"></head>
                <body><article><p>Russia fired drones at Ukraine overnight, officials said.</p></article></body></html>""",
                DocumentFormat.HTML);
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 11, 19));
        assertThat(a.modified()).isEqualTo(LocalDate.of(2025, 11, 20));
    }

    @Test
    void germanPagesGiveTheirWrittenPublicationDate() {
        Article a = article("""
                <html lang="de"><body><div class="entry-meta"><span class="entry-date">23. Juli 2017</span></div>
                <div class="entry-content"><p>Die Regierung hat am Montag in Berlin mit der Opposition gesprochen.</p>
                </div></body></html>""", DocumentFormat.HTML);
        assertThat(a.published()).isEqualTo(LocalDate.of(2017, 7, 23));
    }

    @Test
    void aTwentyMegabytePageIsExtractedInBoundedTime() {
        String paragraph = "<p>Officials said the talks in Geneva would continue on Monday, and both sides agreed.</p>";
        StringBuilder b = new StringBuilder("<html><body><article>");
        while (b.length() < 20_000_000) {
            b.append(paragraph);
        }
        b.append("</article></body></html>");
        RawDocument huge = RawDocument.of("huge.html", b.toString().getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML);
        // CPU time of this thread, not wall time: on a shared 2-core machine the wall clock measures the neighbours
        // (about 3.5 s of CPU here; a quadratic step would take minutes)
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        ExtractionResult r = extractor.extract(huge);
        double seconds = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
        assertThat(r).isInstanceOf(ExtractionResult.Extracted.class);
        assertThat(seconds).as("CPU seconds for a 20 MB page").isLessThan(15);
    }

    @Test
    void textThatIsNotHtmlGivenAsHtmlStillYieldsItsText() {
        Article a = article("Just a plain line of news text, with no markup at all, about talks.", DocumentFormat.HTML);
        assertThat(a.text()).startsWith("Just a plain line");
    }

    @Test
    void aHeadingWithNothingUnderItIsDroppedButSectionHeadingsStay() {
        Article a = article("""
                <html><body><article><h1>Talks resume in Geneva</h1>
                <p>Negotiators met again in Geneva on Monday, officials said, after a pause of two weeks.</p>
                <h2>What the sides want</h2>
                <h3>The first demand</h3>
                <p>Both delegations asked for a ceasefire along the whole front before any further talks.</p>
                <h2>More on this story</h2>
                <ul><li><a href="/a">Earlier talks collapsed in March after a week</a></li>
                <li><a href="/b">Who is on the negotiating team this time</a></li></ul>
                </article></body></html>""", DocumentFormat.HTML);
        assertThat(a.text()).contains("What the sides want").contains("The first demand")
                .doesNotContain("More on this story");
    }

    @Test
    void aPageServedInsideNoscriptStillGivesItsText() {
        Article a = article("""
                <html><body><script>render()</script><noscript><div id="container">
                <p>The park authority counted more than forty bears in the valley this spring, rangers said.</p>
                <p>The survey is repeated every year with cameras placed along the old shepherd paths.</p>
                <p>Visitors are asked to keep to the marked trails while the cubs are young.</p>
                </div></noscript><noscript><img src="pixel.gif"> Please enable JavaScript.</noscript></body></html>""",
                DocumentFormat.HTML);
        assertThat(a.text()).contains("forty bears").contains("marked trails").doesNotContain("JavaScript");
    }

    @Test
    void aHeaderThatNeverClosesAroundTheWholeStoryIsNotDropped() {
        Article a = article("""
                <html><body><header id="header"><div class="logo">Daily News</div>
                <div class="main"><h1>Singer registers his stage name</h1>
                <div class="article-body">
                <p>The well-known singer registered his stage name as a trademark this week, his lawyer said.</p>
                <p>He said others had used the name for concerts he never gave, which confused his fans.</p>
                <p>The registration covers concerts, recordings and merchandise in the whole country.</p>
                </div></div></header>
                <aside class="sidebar"><p>Short sidebar note.</p></aside></body></html>""", DocumentFormat.HTML);
        assertThat(a.text()).contains("registered his stage name").contains("merchandise")
                .doesNotContain("sidebar note");
    }

    @Test
    void galleryCaptionsOutsideAFigureLeaveTheBody() {
        Article a = article("""
                <html lang="en"><body><article><h1>Talks in Hanoi</h1>
                <div class="gallery"><ul><li><img src="a.jpg"><div class="caption"><div class="caption-full">The two
                defence ministers shake hands in Hanoi on Wednesday, at the start of a visit meant to strengthen
                military ties.</div><div class="caption-credit">Photo: Jane Roe, AP</div></div></li></ul></div>
                <div class="article-body">
                <p>HANOI, Vietnam (AP) - The defence secretary accused Beijing on Wednesday of intimidating its smaller
                neighbours, in a speech at the start of a three-day visit.</p>
                <p>Vietnam is one of the most vocal critics of the territorial claims, officials said on Wednesday.</p>
                </div></article></body></html>""", DocumentFormat.HTML);
        assertThat(a.text()).startsWith("HANOI, Vietnam (AP)").doesNotContain("shake hands")
                .doesNotContain("Jane Roe");
        assertThat(a.captions()).extracting(Caption::text).anyMatch(t -> t.contains("shake hands"));
    }

    @Test
    void teaserCardsOfOtherStoriesAreDroppedButForumPostsStay() {
        String card = """
                <article class="card"><header><h3><a href="/story-%1$d">Another story number %1$d</a></h3></header>
                <p>An excerpt of another story, long enough to pass for text, about a council vote on the budget
                for the harbour district and the reactions to it, number %1$d.</p></article>""";
        Article a = article("""
                <html lang="en"><body><main><article class="story"><h1>Wild beat Sabres</h1>
                <div class="article-body"><div class="body-copy">
                <p>BUFFALO, N.Y. - Zach Parise scored twice and the Wild beat the Sabres 4-1 on Tuesday night, their
                fifth win in six games on the road.</p>
                <p>Kevin Fiala and Jason Zucker also scored for the Wild, and Alex Stalock made 32 saves.</p>
                </div></div>
                <div class="more-news"><ul><li>%s</li><li>%s</li><li>%s</li></ul></div>
                </article></main></body></html>""".formatted(card.formatted(1), card.formatted(2), card.formatted(3)),
                DocumentFormat.HTML);
        assertThat(a.text()).contains("Zach Parise scored twice").contains("Alex Stalock")
                .doesNotContain("An excerpt of another story");

        String post = """
                <article class="message"><div class="message-body"><p>%s</p></div></article>""";
        Article thread = article("""
                <html lang="de"><body><main><h1>Katze putzt sich nicht</h1>%s%s</main></body></html>""".formatted(
                post.formatted("Hallo, mein Kater putzt sich seit einer Woche kaum noch und sein Fell ist ganz "
                        + "verfilzt, obwohl er sonst sehr reinlich ist. Was kann ich tun, damit es besser wird?"),
                post.formatted("Hat er vielleicht Schmerzen? Ich würde mit ihm zum Tierarzt gehen, bevor du etwas "
                        + "anderes probierst, denn das kann viele Ursachen haben.")), DocumentFormat.HTML);
        assertThat(thread.text()).contains("mein Kater putzt sich").contains("zum Tierarzt gehen");
    }

    @Test
    void aSmallBoxNamedContentDoesNotOutweighTheLongTextBesideIt() {
        String[] sentences = {"Das Stadtarchiv bekommt zum ersten März eine neue Leiterin aus Leipzig.",
            "Sie will die Bestände digitalisieren und die Öffnungszeiten erweitern.",
            "Ihr Vorgänger geht nach dreißig Jahren im Amt in den Ruhestand.",
            "Die Stadt dankte ihm am Montag in einer kleinen Feier im Lesesaal.",
            "Das Archiv verwahrt Urkunden aus acht Jahrhunderten und viele Fotografien.",
            "Im kommenden Jahr soll ein Anbau für weitere Magazine fertig werden.",
            "Schulklassen können das Archiv schon jetzt nach Anmeldung besuchen.",
            "Die neue Leiterin hat in Leipzig Geschichte und Archivwissenschaft studiert.",
            "Zuletzt leitete sie dort die Abteilung für Nachlässe und Sammlungen.",
            "Der Stadtrat hatte ihre Berufung im Dezember einstimmig beschlossen.",
            "Die Stelle war seit dem Sommer ausgeschrieben gewesen, hieß es."};
        StringBuilder story = new StringBuilder();
        for (String s : sentences) {
            story.append("<p>").append(s).append("</p>\n");
        }
        Article a = article("""
                <html><body><div class="layout">
                <div class="col-wide"><div class="beitrag"><h1>Neue Leiterin für das Stadtarchiv</h1>
                %s</div></div>
                <div class="col-narrow"><div class="content"><p>Termine, Anfahrt, Eintritt, Führungen</p></div></div>
                </div></body></html>""".formatted(story), DocumentFormat.HTML);
        assertThat(a.text()).startsWith("Das Stadtarchiv bekommt").contains("hieß es.").doesNotContain("Anfahrt");
    }

    @Test
    void theLeadParagraphInTheArticlesHeaderIsKeptButTheSiteHeaderGoes() {
        Article a = article("""
                <html lang="de"><body>
                <header class="site"><p>Das Magazin für Landwirtschaft, Technik und ländliches Leben, seit 1950 jeden Monat neu.</p></header>
                <main><article><header><h1>Schnee auf dem Solardach</h1>
                <p class="lead">Eine Schneedecke auf der Photovoltaikanlage senkt nicht nur den Ertrag, sie kann auch das Dach belasten.</p>
                <p>Von Anna Berg</p></header>
                <div class="text"><p>Experten raten, den Schnee nur mit weichen Besen und vom Boden aus zu entfernen, wenn überhaupt.</p>
                <p>Wer auf das Dach steigt, riskiert einen Sturz, und die Module können dabei Kratzer bekommen.</p></div>
                </article></main></body></html>""", DocumentFormat.HTML);
        assertThat(a.text()).startsWith("Eine Schneedecke auf der Photovoltaikanlage").contains("Experten raten")
                .doesNotContain("Das Magazin für Landwirtschaft").doesNotContain("Von Anna Berg");
    }

    @Test
    void rubyReadingsDoNotBreakUpJapaneseText() {
        Article a = article("""
                <html lang="ja"><body><article><h1>新しい法律</h1>
                <p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができました。</p>
                <p><ruby>親<rt>おや</rt></ruby>が<ruby>子<rt>こ</rt></ruby>どもをたたくことは、<ruby>禁止<rt>きんし</rt></ruby>になります。</p>
                </article></body></html>""", DocumentFormat.HTML);
        assertThat(a.text()).contains("子どもへの虐待をなくすための法律ができました。").doesNotContain("ぎゃくたい");
    }

    @Test
    void aCookieBoxGoesEvenWhenTheStoryHasLittleParagraphText() {
        Article a = article("""
                <html lang="de"><body>
                <div class="wrap"><article class="post">
                <blockquote><h2>Der Plakatwettbewerb für Kinder läuft noch bis Ende März, mitmachen können alle.</h2>
                <h4>Gestalte ein Plakat unter dem Motto „Saubere Spree“ und schick es uns bis zum 31. März.</h4></blockquote>
                <p>Die besten Plakate hängen im Sommer an der Spree.</p>
                </article></div>
                <div id="site_gdpr_cookie_modal"><div class="gdpr-tab-main-content">
                <p>Diese Website verwendet Cookies, damit wir dir die bestmögliche Benutzererfahrung bieten können.</p>
                <p>Cookie-Informationen werden in deinem Browser gespeichert und führen Funktionen aus, wie das Erkennen von dir.</p>
                </div></div></body></html>""", DocumentFormat.HTML);
        assertThat(a.text()).contains("Der Plakatwettbewerb für Kinder").doesNotContain("Cookies");
    }

    @Test
    void aStoryServedInFullInsideAPaywallContainerIsKeptButThePaywallPromptGoes() {
        StringBuilder story = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            story.append("<p>Absatz ").append(i).append(": Eine Umfrage zeigt, dass fast die Hälfte der Befragten ")
                    .append("glaubt, man könne seine Meinung nicht mehr frei sagen, sagte die Forscherin.</p>\n");
        }
        StringBuilder teasers = new StringBuilder(); // link text: paragraphs that outweigh the story's
        for (int i = 1; i <= 16; i++) {
            teasers.append("<p><a href=\"/t").append(i).append("\">Weitere Folge unserer Reihe über Medien, ")
                    .append("Meinungen, Umfragen und die Frage, wer was sagen darf, Teil ").append(i).append("</a></p>\n");
        }
        Article a = article("""
                <html lang="de"><body><main><article><h1>Meinungsfreiheit in Umfragen</h1>
                <div class="entry-content has-paywall-container">%s</div>
                <div class="paywall-prompt"><p>Jetzt weiterlesen: Unterstützen Sie uns mit einem Abo ab 4 Euro im Monat.</p></div>
                </article></main><div class="more">%s</div></body></html>""".formatted(story, teasers),
                DocumentFormat.HTML);
        assertThat(a.text()).contains("Absatz 1:").contains("Absatz 8:").doesNotContain("Jetzt weiterlesen");
    }
}
