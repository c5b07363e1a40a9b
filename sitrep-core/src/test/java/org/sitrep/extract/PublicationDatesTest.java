package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.ExtractionResult;
import org.sitrep.model.RawDocument;

/** Which day a page is dated by, when its sources disagree or hide the date in the text. */
class PublicationDatesTest {
    private static final String BODY = "<p>Die Regierung hat am Montag in Berlin mit der Opposition über den Haushalt "
            + "gesprochen, sagte ein Sprecher.</p><p>Weitere Gespräche sind für die kommende Woche geplant.</p>";

    private static LocalDate published(String html) {
        ExtractionResult r = new NewsExtractor().extract(RawDocument.of("page.html",
                html.getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML));
        assertThat(r).isInstanceOf(ExtractionResult.Extracted.class);
        return ((ExtractionResult.Extracted) r).article().published();
    }

    @Test
    void aTextWithoutAYearOfThisOrTheLastCenturyHoldsNoDateAndIsNotScanned() {
        assertThat(TextDates.holdsYear("Published March 2, 2020")).isTrue();
        assertThat(TextDates.holdsYear("Erschienen am 13.10.1999, 10:00")).isTrue();
        assertThat(TextDates.holdsYear("Updated 19 November at 20:15")).isFalse();
        assertThat(TextDates.holdsYear("the 2 0 1 9 season, 202 votes, 1,920 people")).isFalse();
        assertThat(TextDates.find("Updated 19 November at 20:15", "en")).isEmpty();
        assertThat(TextDates.find("Updated 19 November 2024 at 20:15", "en")).contains(LocalDate.of(2024, 11, 19));
    }

    @Test
    void elementsMarkedAsThePublicationDateAreKnownByAttributeTagOrClass() {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("<div itemprop='DatePublished'>a</div>"
                + "<span property='schema:datePublished'>b</span><time pubdate>c</time>"
                + "<p class='byline  Entry-Date'>d</p><p class='entry-dated'>e</p><time>f</time><p>g</p>");
        assertThat(doc.body().getAllElements().stream().filter(PublicationDates::marksPublished)
                .map(org.jsoup.nodes.Element::text)).containsExactly("a", "b", "c", "d");
    }

    @Test
    void aDateTheTextLabelsAsPublishedBeatsAMetaTagThatOnlySaysDate() {
        assertThat(published("""
                <html lang="de"><head><meta name="date" content="2021-10-15"></head><body>
                <h1>Neue Präsidentin gewählt</h1>
                <div class="eventbox"><span>Erschienen am:</span> <h2>13.10.2021</h2></div>
                <article>%s</article></body></html>""".formatted(BODY))).isEqualTo(LocalDate.of(2021, 10, 13));
    }

    @Test
    void aLabelMustBeFollowedByItsDateNotUsedAsAVerb() {
        assertThat(published("""
                <html lang="de"><head><meta name="date" content="2022-01-24"></head><body>
                <article><p>Endgültig eingestellt wird die Förderung, die ohnehin am 31. Januar 2022 ausgelaufen wäre.</p>
                %s</article></body></html>""".formatted(BODY))).isEqualTo(LocalDate.of(2022, 1, 24));
    }

    @Test
    void aPageThatOnlySaysWhenItWasUpdatedIsDatedByThat() {
        String longBody = BODY.repeat(15);
        assertThat(published("""
                <html lang="de"><body><article>%s</article>
                <p class="info">Aktualisiert: 30.12.2016</p></body></html>""".formatted(longBody)))
                .isEqualTo(LocalDate.of(2016, 12, 30));
    }

    @Test
    void aDateBesideTheHeadlineBeatsDatesInTheNavigationAbove() {
        assertThat(published("""
                <html lang="de"><body>
                <ul class="menu"><li><a href="/a">Archiv vom 01.01.2020</a></li><li><a href="/b">Termine</a></li></ul>
                <div class="header"><h1>Vorschau auf das Pokalspiel</h1>
                <p class="subtitle">Handball Schweiz • 02.02.2022</p></div>
                <article>%s</article></body></html>""".formatted(BODY))).isEqualTo(LocalDate.of(2022, 2, 2));
    }

    @Test
    void aDateInTheUrlIsReadWithItsSeparators() {
        assertThat(published("""
                <html><head><link rel="canonical" href="https://news.example/2023/11/08/mayor-elected/"></head>
                <body><article><p>Voters elected a new mayor on Tuesday, officials said in the evening.</p></article>
                </body></html>""")).isEqualTo(LocalDate.of(2023, 11, 8));
    }

    @Test
    void aUtcTimestampJustPastMidnightKeepsTheDayTheUrlGives() {
        assertThat(published("""
                <html lang="en"><head><link rel="canonical" href="https://news.example/2023/11/08/mayor-elected/">
                <meta property="article:published_time" content="2023-11-09T05:30:59+00:00"></head>
                <body><article><p>Voters elected a new mayor on Tuesday, officials said in the evening.</p></article>
                </body></html>""")).isEqualTo(LocalDate.of(2023, 11, 8));
    }

    @Test
    void aLaterDayInTheTimestampIsNotUndoneByTheUrlWhenTheTimeCannotExplainIt() {
        assertThat(published("""
                <html lang="es"><head><link rel="canonical" href="https://news.example/2020/02/18/ciencia/">
                <meta property="article:published_time" content="2020-02-19T18:37:32+01:00"></head>
                <body><article><p>El calentamiento afecta al continente, según un estudio publicado el martes.</p>
                </article></body></html>""")).isEqualTo(LocalDate.of(2020, 2, 19));
    }

    @Test
    void aEuropeanPageGivingItsTimeInUtcIsDatedByItsOwnMidnight() {
        String page = """
                <html lang="%s"><head><meta property="article:published_time" content="2021-11-04T23:00Z"></head>
                <body><article>%s</article></body></html>""";
        assertThat(published(page.formatted("de", BODY))).isEqualTo(LocalDate.of(2021, 11, 5));
        assertThat(published(page.formatted("en", BODY))).isEqualTo(LocalDate.of(2021, 11, 4));
    }

    @Test
    void aTimeElementOnThePageBeatsAMetaTagThatOnlySaysDate() {
        assertThat(published("""
                <html lang="de"><head><meta name="date" content="2022-01-21T09:43+01:00"></head><body>
                <article><h1>Kraftwerk abgeschaltet</h1>
                <div class="article-meta"><time datetime="2022-01-25T08:00:00+01:00">25.01.2022</time></div>
                %s</article></body></html>""".formatted(BODY))).isEqualTo(LocalDate.of(2022, 1, 25));
    }

    @Test
    void aTwoDigitYearCountsInADateClassedElementOrUnderTheHeadlineButNotInTheText() {
        assertThat(published("""
                <html lang="de"><body><article><h1>Vintage mit viel Grün</h1>
                <div class="uploaded-date"> 23.09.22 </div>%s</article></body></html>""".formatted(BODY)))
                .isEqualTo(LocalDate.of(2022, 9, 23));
        assertThat(published("""
                <html lang="de"><body><article><h1>Der Bote am Grab</h1>
                <div class="meta">Von: Anna Berg <span>|</span> <span>31.10.23</span></div>%s</article></body></html>"""
                .formatted(BODY))).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(published("""
                <html lang="de"><body><article><h1>Update verteilt</h1>
                <p>Die Version 10.12.19 behebt Fehler in der Anzeige, die seit dem Frühjahr bekannt waren, und vieles mehr.
                Mehr dazu erklärt der Hersteller auf seiner Seite, die für alle Nutzer frei zugänglich ist.</p>
                %s</article></body></html>""".formatted(BODY))).isNull();
    }

    @Test
    void anRdfaDateCreatedInTheBodyDatesThePage() {
        assertThat(published("""
                <html lang="de"><body><article><h1>Weinmarkt wächst</h1>
                <span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span>%s</article></body></html>"""
                .formatted(BODY))).isEqualTo(LocalDate.of(2022, 1, 28));
    }

    @Test
    void aLabelAndItsDateInAdjacentSpansAreReadApart() {
        assertThat(published("""
                <html lang="de"><body><h1>Basteln mit Kindern</h1>
                <div class="creation"><span class="key">Erstellt am</span><span class="value"><span>09.02.2022</span></span></div>
                <div class="text">%s</div></body></html>""".formatted(BODY))).isEqualTo(LocalDate.of(2022, 2, 9));
    }

    @Test
    void theDayInTheUrlBeatsAnEventDateInTheSentenceUnderTheHeadline() {
        assertThat(published("""
                <html lang="de"><head><link rel="canonical" href="https://example.org/2021/10/20/zentrum-eroeffnet/"></head>
                <body><article><h1>Zentrum am Berg eröffnet</h1>
                <p>Im Beisein zahlreicher Gäste wurde das Zentrum am 18. Oktober 2021 offiziell eröffnet.</p>%s</article>
                </body></html>""".formatted(BODY))).isEqualTo(LocalDate.of(2021, 10, 20));
    }

    @Test
    void aUtcTimestampIsDatedByThePublishersZoneFromItsOffsetsOrItsCountryDomain() {
        String page = """
                <html lang="es"><head><link rel="canonical" href="https://diario.example%s/politica/sesion-nocturna">
                <meta property="article:published_time" content="2022-03-09T01:40:00Z"></head>
                <body>%s<article><p>La cámara debatió hasta la madrugada, informaron fuentes parlamentarias.</p>
                </article></body></html>""";
        // 01:40 UTC is the evening before in Buenos Aires, and wherever the page's own times say -04:00
        assertThat(published(page.formatted(".ar", ""))).isEqualTo(LocalDate.of(2022, 3, 8));
        assertThat(published(page.formatted(".com", "<time datetime='2022-03-08T21:40:00-04:00'>21:40</time>")))
                .isEqualTo(LocalDate.of(2022, 3, 8));
        // nothing says where the publisher is: the UTC day stands
        assertThat(published(page.formatted(".com", ""))).isEqualTo(LocalDate.of(2022, 3, 9));
    }

    @Test
    void anRfcTimestampInGmtIsReadForThePublishersDayToo() {
        assertThat(published("""
                <html lang="es"><head><link rel="canonical" href="https://noticias.example.bo/nota/123">
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Lluvias en el oriente",
                "datePublished":"Thu, 10 Mar 2022 02:15:00 GMT"}</script></head>
                <body><article><p>Las lluvias afectaron a tres municipios, según el servicio de meteorología.</p>
                </article></body></html>""")).isEqualTo(LocalDate.of(2022, 3, 9));
    }

    @Test
    void theDateInABlogPostsBoxCountsThoughTheThemeCallsTheBoxAWidget() {
        assertThat(published("""
                <html><body><div class="widget Blog"><div class="post hentry">
                <h3 class="post-title">Mein Lieblingsbuch</h3>
                <div class="post-body"><p>Erscheinungsdatum: 02.05.2016. Das Buch hat mich vom ersten Kapitel an
                gefesselt, und ich habe es in zwei Tagen gelesen.</p></div>
                <abbr class="published" title="2016-06-20T10:15:00+02:00">10:15</abbr></div></div></body></html>"""))
                .isEqualTo(LocalDate.of(2016, 6, 20));
    }

    @Test
    void aDateInTheNavigationBarIsTheSitesClockNotTheStorys() {
        assertThat(published("""
                <html lang="de"><body><div id="navwrap"><div class="navtop">
                <time datetime="2023-03-15T09:00:00+01:00">Mittwoch, 15. März 2023</time></div></div>
                <div class="story"><h1>Theater im Wandel</h1>
                <p><span class="text_datum">10. März 2023.</span> Die Bühnen der Stadt suchen neue Wege zum Publikum,
                sagte die Intendantin am Freitag.</p></div></body></html>""")).isEqualTo(LocalDate.of(2023, 3, 10));
    }

    @Test
    void aPicturesDatePublishedDoesNotDateThePage() {
        assertThat(published("""
                <html lang="en"><head><script type="application/ld+json">{"@type":"ImageObject",
                "contentUrl":"https://news.example/p.jpg","datePublished":"2019-04-02"}</script>
                <meta property="article:published_time" content="2021-06-07T08:00:00+02:00"></head>
                <body><article><p>The council approved the budget on Monday, a spokesman said.</p></article>
                </body></html>""")).isEqualTo(LocalDate.of(2021, 6, 7));
    }

    @Test
    void aLayoutClassThatSaysThePageHasASidebarDoesNotHideTheBylinesDate() {
        assertThat(published("""
                <html lang="fr"><body><div class="panel-display layout-one-sidebar-right">
                <div class="sidebar-second"><span class="date-published">le 2 mars 2020</span></div>
                <h1>Le conseil adopte le budget</h1>
                <div class="signature"><span class="field-published-at">le 12 mai 2020</span></div>
                <p>Le conseil municipal a adopté lundi le budget de la ville, a indiqué la mairie.</p>
                </div></body></html>""")).isEqualTo(LocalDate.of(2020, 5, 12));
    }

    @Test
    void aBlogPostsMetaLineDatesThePage() {
        assertThat(published("""
                <html lang="de"><body><div class="notice">Unser Gewinnspiel endet am 30. November 2011.</div>
                <div id="post_content"><h2>Ein Wochenende in Málaga</h2>
                <div class="post_meta">Anna <span class="dot">&sdot;</span> November 22, 2011
                <span class="dot">&sdot;</span> 3 Kommentare</div>
                <p>Die Altstadt ist klein genug, um sie an einem Tag zu Fuß zu erkunden, sagt unsere Autorin.</p>
                </div></body></html>""")).isEqualTo(LocalDate.of(2011, 11, 22));
    }

    @Test
    void aPageThatShowsOnlyItsUpdateIsDatedByTheDayItShows() {
        String page = """
                <html lang="en"><head>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Flood defences raised",
                "datePublished":"2021-02-03T09:00:00Z","dateModified":"2021-02-10T16:30:00Z"}</script></head>
                <body><article><h1>Flood defences raised</h1><p class="stamp">%s</p>
                <p>Engineers raised the river wall by half a metre after the storm, the council said.</p>
                </article></body></html>""";
        // the reader sees only "Updated": the text we extract is that version's
        assertThat(published(page.formatted("Updated February 10, 2021"))).isEqualTo(LocalDate.of(2021, 2, 10));
        // both shown, or neither: the first publication stands
        assertThat(published(page.formatted("Published February 3, 2021, updated February 10, 2021")))
                .isEqualTo(LocalDate.of(2021, 2, 3));
        assertThat(published(page.formatted("By our reporter"))).isEqualTo(LocalDate.of(2021, 2, 3));
    }

    @Test
    void whenJsonLdAndTheMetaTagsDisagreeTheDayTheReaderSeesWins() {
        assertThat(published("""
                <html lang="de"><head><meta property="article:published_time" content="2022-03-18T08:00:00+01:00">
                <script type="application/ld+json">{"@type":"Article","headline":"Brücke gesperrt",
                "datePublished":"2022-03-14T07:00:00+01:00"}</script></head>
                <body><article><h1>Brücke gesperrt</h1><div class="byline">18.03.2022, 08:00 Uhr</div>
                <p>Die Brücke bleibt wegen Rissen bis auf Weiteres gesperrt, teilte die Stadt mit.</p>
                </article></body></html>""")).isEqualTo(LocalDate.of(2022, 3, 18));
    }

    @Test
    void aHiddenMetaDateYieldsToTheDateShownUnderTheHeadlineButNotToATeasersDate() {
        String page = """
                <html lang="de"><head><meta property="article:published_time" content="2022-06-30T10:00:00+02:00">
                </head><body><main><h1>Neue Radwege für die Innenstadt</h1>
                <div class="meta"><time datetime="2022-04-12">12.04.2022</time></div>
                <p>Der Stadtrat hat am Dienstag den Bau von vier neuen Radwegen beschlossen, sagte die Sprecherin.</p>
                </main>%s</body></html>""";
        assertThat(published(page.formatted(""))).isEqualTo(LocalDate.of(2022, 4, 12));
        // the date under the headline is shown and is the meta tag's: it stays, whatever a teaser below says
        String teaser = """
                <section><h2>Mehr aus der Stadt</h2><span class="date">01.05.2022</span></section>""";
        assertThat(published(page.replace("12.04.2022", "30.06.2022").formatted(teaser)))
                .isEqualTo(LocalDate.of(2022, 6, 30));
    }

    @Test
    void russianUkrainianAndPolishMonthNamesAreRead() {
        assertThat(TextDates.find("Опубликовано 15 августа 2016, 13:43", "ru")).contains(LocalDate.of(2016, 8, 15));
        assertThat(TextDates.find("3 листопада 2023 року", "uk")).contains(LocalDate.of(2023, 11, 3));
        assertThat(TextDates.find("Opublikowano 7 kwietnia 2021", "pl")).contains(LocalDate.of(2021, 4, 7));
        assertThat(published("""
                <html lang="ru"><body><article><p class="date">15 августа 2016, 13:43</p><h1>Матч перенесли</h1>
                <p>Матч перенесли на неделю из-за погоды, сообщил клуб.</p></article></body></html>"""))
                .isEqualTo(LocalDate.of(2016, 8, 15));
    }

    @Test
    void aPageWithNoOtherDateIsDatedByThePublicationDateInItsScriptState() {
        assertThat(published("""
                <html lang="en"><body><script type="application/json">{"review":{"publishedDate":
                "2016-11-04T20:37:27Z","updatedDate":"2016-11-05T08:00:00Z"}}</script>
                <article><p>The courier arrived two days late and the parcel was damaged, the customer wrote.</p>
                </article></body></html>""")).isEqualTo(LocalDate.of(2016, 11, 4));
    }

    @Test
    void aForumsClockAndAMembersJoinDateDoNotDateThePost() {
        assertThat(published("""
                <html lang="de"><body><p class="time">Aktuelle Zeit: 14.10.2020, 12:18</p>
                <div class="post"><dl><dd>Beiträge: 120</dd><dd>Registriert: 18.09.2008, 05:56</dd></dl>
                <p class="author">Beitrag von anna » 21.01.2009, 05:42</p>
                <p>Nach dem Update startet der Shop nicht mehr, hat jemand eine Idee, woran das liegen kann?</p>
                </div></body></html>""")).isEqualTo(LocalDate.of(2009, 1, 21));
    }

    @Test
    void aTestIdThatNamesADateMarksTheDate() {
        assertThat(published("""
                <html lang="de"><body><div><h1>Sneaker-Marke wächst weiter</h1>
                <span data-testid="article-details-date">3.11.2023</span></div>
                <p>Die Marke meldet einen Rekordumsatz im dritten Quartal, teilte das Unternehmen mit.</p>
                </body></html>""")).isEqualTo(LocalDate.of(2023, 11, 3));
    }

    @Test
    void aUrlWithASectionBetweenYearAndMonthDatesThePage() {
        assertThat(published("""
                <html lang="en"><head><link rel="canonical" href="https://news.example/2010/POLITICS/08/13/budget.vote/">
                </head><body><article><p>Senators voted on the budget late into the night, aides said.</p></article>
                </body></html>""")).isEqualTo(LocalDate.of(2010, 8, 13));
    }

    @Test
    void aFilePhotosDateInACaptionDoesNotDateTheStory() {
        assertThat(TextDates.find("In this March 2, 2011 file photo, the chief executive speaks. On Aug. 24, 2011 the "
                + "company said he would resign.", "en")).contains(LocalDate.of(2011, 8, 24));
    }
    @Test
    void aUtcTimestampYieldsToTheDayTheBylinePrintsInThePublishersEvening() {
        String page = """
                <html lang="en"><head><link rel="canonical" href="https://news.example.com/story/%s">
                <meta property="article:published_time" content="2021-04-07T%s"></head>
                <body><article><h1>Council votes to close the landfill</h1>
                <p>By Dana Reyes | April 6, 2021 at 8:12 PM ET</p>
                <p>The county council voted late on Tuesday to close the landfill by next summer, a spokesman said.</p>
                </article></body></html>""";
        // 00:12 UTC on the 7th is the evening of the 6th in New York, the day the byline prints
        assertThat(published(page.formatted("a", "00:12:00Z"))).isEqualTo(LocalDate.of(2021, 4, 6));
        assertThat(published(page.formatted("b", "00:12:00.000Z"))).isEqualTo(LocalDate.of(2021, 4, 6));
        // a time of day that no zone from Hawaii to Japan can move to the 6th: the timestamp's day stands
        assertThat(published(page.formatted("c", "12:30:00Z"))).isEqualTo(LocalDate.of(2021, 4, 7));
        // a timestamp with its own offset is already local
        assertThat(published(page.formatted("d", "00:12:00-04:00"))).isEqualTo(LocalDate.of(2021, 4, 7));
    }

    @Test
    void aUtcTimestampWrittenWithASpaceAndUtcIsReadForThePublishersDay() {
        assertThat(published("""
                <html lang="es"><head><link rel="canonical" href="https://diario.example.ar/nota/77">
                <meta property="article:published_time" content="2022-03-09 01:40:00 UTC"></head>
                <body><article><p>La cámara debatió hasta la madrugada, informaron fuentes parlamentarias.</p>
                </article></body></html>""")).isEqualTo(LocalDate.of(2022, 3, 8));
    }

    @Test
    void aSlashedTwoDigitYearUnderTheHeadlineIsMonthFirstInEnglish() {
        assertThat(published("""
                <html lang="en"><body><article><h1>Ferry service resumes after storm</h1>
                <div class="meta"><span class="stamp">4/9/14 6:05pm</span></div>
                <p>Ferries between the islands ran again on Wednesday after three days of gales, the operator said.</p>
                </article></body></html>""")).isEqualTo(LocalDate.of(2014, 4, 9));
        assertThat(published("""
                <html lang="fr"><body><article><h1>Le bac reprend après la tempête</h1>
                <div class="meta"><span class="stamp">4/9/14 18h05</span></div>
                <p>Les bacs ont repris mercredi après trois jours de tempête, a indiqué l'exploitant du service.</p>
                </article></body></html>""")).isEqualTo(LocalDate.of(2014, 9, 4));
        // in running text "3/4/21" is as likely a score or a fraction: not a date
        assertThat(published("""
                <html lang="en"><body><article><h1>Ferry service resumes</h1>
                <p>Only 3/4/21 of the crossings ran on time, according to figures from the operator on Friday.</p>
                <p>Ferries between the islands ran again on Wednesday after three days of gales, the operator said.</p>
                </article></body></html>""")).isNull();
    }
    @Test
    void theOpeningOfAPagesTextIsItsTextCutShort() {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("<body><div><h2>Storm  warning</h2><p>Ferries stopped"
                + "<br>on Monday.</p><p>" + "Very long text. ".repeat(5000) + "</p></body>");
        String full = doc.body().text();
        String lead = PublicationDates.leadingText(doc.body(), 60);
        assertThat(full).startsWith(lead.substring(0, 50));
        assertThat(lead).startsWith("Storm warning Ferries stopped on Monday. Very long text.");
        assertThat(lead.length()).isLessThan(200); // not the 80,000 characters of the whole text
    }
    @Test
    void aPublishedOnInsideAParagraphOfTheStoryIsNoLabelOfThePage() {
        String filler = "<p>" + "The council discussed the harbour plan at length and heard many residents. ".repeat(25)
                + "</p>";
        assertThat(published("<html lang=\"en\"><body><article><h1>Harbour plan</h1>" + filler + "<p>The survey, "
                + "which the ministry commissioned from a private institute and whose findings were first published on "
                + "March 2, 2020 in a shorter form, found that most of the fishermen who use the old quay opposed the "
                + "plan, and that a majority of shop owners supported it as long as the works stayed out of summer.</p>"
                + "</article></body></html>")).isNull();
        // a byline's label still dates the page
        assertThat(published("<html lang=\"en\"><body><article><h1>Harbour plan</h1><div>Published on March 2, 2020"
                + "</div>" + filler + "</article></body></html>")).isEqualTo(LocalDate.of(2020, 3, 2));
    }
}
