package org.sitrep.eval.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.eval.Scores;
import org.sitrep.model.EventMention;
import org.sitrep.model.Factuality;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;

/**
 * Scores Sitrep on CASE 2021 Task 2: each snippet gets exactly one of the 30 fine-grained labels (25 ACLED sub-event
 * types plus ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO and ATTRIB), mapped from the PLOVER event records
 * Sitrep codes for it. PLOVER type, mode, CAMEO code, actor sectors and factuality decide what they can (arrests,
 * abductions, sexual violence, air strikes, shelling, expulsions, agreements, territory changes and whose they are,
 * clashes with armed forces against attacks on civilians); words of the snippet decide what PLOVER does not record
 * (suicide bombs, grenades, landmines and IEDs, chemical weapons, disasters, crime, claims of responsibility) and
 * label snippets without a Sitrep event. The rules run in a fixed precedence order, the more specific first; the
 * mapping and its order are documented in {@code docs/case2021.md}. Scores: per-label precision, recall and F1,
 * micro-F1 over all snippets (one label each, so it equals accuracy) and macro-F1 over the labels present in gold.
 */
public final class Case2021Evaluation {
    /** The 30 labels of the task. */
    public static final List<String> LABELS = List.of("ARMED_CLASH", "GOV_REGAINS_TERIT",
            "NON_STATE_ACTOR_OVERTAKES_TER", "CHEM_WEAP", "AIR_STRIKE", "SUIC_BOMB", "ART_MISS_ATTACK", "GRENADE",
            "REM_EXPLOS", "ATTACK", "ABDUCT_DISSAP", "SEX_VIOL", "PEACE_PROTEST", "PROTEST_WITH_INTER",
            "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR", "MOB_VIOL", "AGREEMENT", "ARREST", "CHANGE_TO_GROUP_ACT",
            "DISR_WEAP", "HQ_ESTABLISHED", "NON_VIOL_TERRIT_TRANSFER", "PROPERTY_DISTRUCT", "OTHER", "ORG_CRIME",
            "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB");

    /** The label of a snippet that nothing else claims: fighting is what most conflict news tells. */
    static final String FALLBACK = "ARMED_CLASH";

    private static final Set<PloverType> DIPLOMATIC_TYPES = java.util.EnumSet.of(PloverType.REQUEST, PloverType.ACCUSE,
            PloverType.REJECT, PloverType.THREATEN, PloverType.CONSULT, PloverType.SANCTION);
    private static final Set<String> ARMED_SECTORS = Set.of("MIL", "COP", "SPY", "REB", "INS", "UAF");
    private static final Set<String> STATE_SECTORS = Set.of("MIL", "COP", "SPY");
    private static final Set<String> NON_STATE_SECTORS = Set.of("REB", "INS", "UAF", "CRM");
    private static final Set<String> CIVILIAN_SECTORS = Set.of("CVL", "EDU", "REL", "HLH", "MED", "BUS", "REF",
            "LAB", "AGR", "NGO", "ELI");

    // ---- word cues: alternatives of whole words, matched case-insensitively (see re) ----------------------------

    private static final String HARM = "killed|killing|kills|dead|died|dies|death toll|wounded|wounding|injur\\w*"
            + "|hurt|casualt\\w*|exploded|explodes|exploding|(?<!controlled )explosions?|detonated|blasts?|blew up|went off|victims?";
    private static final String WEAPONS = "weapons?|arms|armaments|ammunitions?|munitions|rifles?|pistols?"
            + "|revolvers?|guns?|firearms?|shotguns?|kalashnikovs?|machine-?guns?|explosives?|explosive devices?"
            + "|ieds?|landmines?|mines|grenades?|bombs?|caches?|stash|rounds|cartridges|bullets|missiles?|rockets?"
            + "|mortars?|detonators?|tnt|packages?|depots?|hideouts?|chemical substances";
    private static final String FOUND = "seiz\\w*|found|finds?|discover\\w*|intercept\\w*|recover\\w*"
            + "|confiscat\\w*|defus\\w*|deactivat\\w*|dismantl\\w*|unearth\\w*|destroy\\w*|cleared|clears?|removed"
            + "|captured|impounded|identified|uncovered|neutrali[sz]\\w*|detected|shot down|downed";
    private static final String VIOLENCE = "attack\\w*|clash\\w*|fighting|fought|battles?|ambush\\w*|gunmen|gunman"
            + "|shot|shooting|opened fire|fired|killed|killing|massacre\\w*|storm(ed|ing)|raid\\w*|assault\\w*"
            + "|offensive|stabb\\w*|behead\\w*|execut\\w*|murder\\w*|slaughter\\w*";
    private static final String CONTROL_NOUNS = "villages?|towns?|city|cities|districts?|areas?|regions?"
            + "|territor\\w*|hills?|hilltops?|heights|neighbou?rhoods?|crossings?|enclave|localities|provinces?"
            + "|ground|border points?|oilfields?|strongholds?|outskirts";
    private static final String NON_STATE = "militants?|rebels?|insurgents?|fighters|guerrill\\w*|jihadis\\w*"
            + "|terrorists?|taliban|shabaa?b|islamic state|isis|isil|daesh|boko haram|hezbollah|houthis?"
            + "|ansarullah|militias?|militiamen|gunmen|opposition|separatists?|extremists?|mujahideen|qaeda|nusra"
            + "|armed groups?|kurdish forces|ypg|sdf|pkk";
    private static final String STATE = "army|troops|soldiers|government forces|security forces|military|police"
            + "|policemen|regime|armed forces|marines|navy|air force|gendarm\\w*|paramilitary|forces";

    private static final Pattern DIPLOMATIC = re("sanction(s|ed|ing)?"
            + "|" + within("expel\\w*|expulsions?", 6, "diplomats?|ambassadors?|envoys?|embassy|consul\\w*")
            + "|" + within("diplomats?|ambassadors?|envoys?", 6, "expel\\w*|expulsions?|to leave")
            + "|diplomatic (expulsions?|ties|relations)"
            + "|" + within("cut|cuts|sever\\w*|broke off|breaks off|suspend\\w*", 2, "ties|relations")
            + "|" + within("recall\\w*", 2, "ambassadors?|envoys?")
            + "|" + within("clos\\w*|shut\\w*", 4, "consulates?|embass(y|ies)")
            + "|" + within("summon\\w*", 3, "ambassadors?|envoys?|charg\\w*|diplomats?")
            + "|persona non grata|retaliatory measures|embargo\\w*|asset freezes?|freez\\w* (\\w+ ){0,2}assets"
            + "|blacklist\\w*");
    private static final Pattern CONDEMNED = re(within("ministry|ministers?|government|president|prime minister"
            + "|embassy|ambassador|security council|united nations|un|eu|nato|african union", 4,
            "condemn\\w*|denounc\\w*|criticis\\w*|criticiz\\w*|warned|urged|called on"));
    private static final Pattern CLAIMED_RESPONSIBILITY = re("claim\\w* (of )?responsibility|responsibility for"
            + "|(took|take|takes|taking) responsibility|admit\\w* (to )?(carrying out|responsibility)"
            + "|(its|their|our) (fighters|members|militants|men|mujahideen|units?|soldiers) (\\w+ ){0,2}"
            + "(carried out|conducted|were behind|staged)"
            + "|" + within("responsible", 5, "attacks?|bombings?|blasts?|explosions?|killings?|strikes?"
                    + "|shootings?|hostage\\w*|massacre|assault|downing")
            + "|" + within("den(y|ies|ied|ying|ial)|rejected|rejects", 8, "responsib\\w*|involvement|behind"
                    + "|sending|supplying|carr(y|ied|ying) out"));
    private static final Pattern BLAMED = re(within("accus\\w*|blam\\w*|allegations?|suspected of|held", 8,
            "attacks?|bombings?|blasts?|strikes?|killings?|shelling|explosions?")
            + "|behind the (\\w+ )?(attacks?|bombings?|blasts?|explosions?)"
            + "|" + within("attribut\\w*", 4, "to"));
    private static final Pattern MOB = re("mobs?|lynch\\w*|mob justice|jungle justice"
            + "|" + within("(angry|irate|enraged|furious) (crowds?|residents|youths|villagers|locals)", 8,
                    "beat\\w*|lynch\\w*|burn\\w*|killed|torch\\w*|attacked|stoned")
            + "|" + within("vigilantes?", 8, "killed|killing|lynched|attacked|beat|beaten|murdered|foiled")
            + "|(killed|murdered|attacked|lynched|beaten) by (\\w+ ){0,2}vigilantes?"
            + "|" + within("crowds?", 4, "beat\\w*|lynch\\w*|ston(ed|ing)|dragged|hacked"));
    private static final Pattern SEXUAL = re("rap(e|ed|es|ing|ist|ists)|gang-?rap\\w*|molest\\w*"
            + "|sexual(ly)? (violence|assault\\w*|abuse\\w*|attack\\w*|harass\\w*|exploit\\w*|abused|assaulted"
            + "|slavery)|sex slave\\w*|indecent assault|sodomi[sz]\\w*|defilement");
    private static final Pattern WEAPONS_FOUND = re(within(FOUND, 8, WEAPONS)
            + "|" + within(WEAPONS, 8, "(was|were|been|being)( \\w+)? (" + FOUND + ")"));
    private static final Pattern WEAPON = re(WEAPONS);
    private static final Pattern HARMED = re(HARM);
    private static final Pattern SUICIDE = re("suicide|kamikazes?|martyrdom operations?"
            + "|(blew|blow|blown|exploded|blowing) (up )?(themselves|himself|herself)|explosive (vest|belt)s?");
    private static final Pattern HAND_GRENADE = re("(?<!rocket-propelled |rocket propelled |smoke |stun |sound "
            + "|rifle |tear gas |tear-gas )grenades?");
    private static final Pattern INDUSTRIAL_ACCIDENT = re("spill(s|ed|t|age)?|leakage"
            + "|(oil|gas|chemicals?|chlorine|toxic|fuel|water|radiation|ammonia) leak\\w*"
            + "|" + within("leak(ed|s|ing)?", 4, "oil|gas|chemicals?|fuel|water|radiation")
            + "|chemical (plants?|incidents?|fires?)"
            + "|" + within("plant|factory|refinery|furnace|boiler|tank|tanker|warehouse|pipeline|reactor|storage"
                    + "|cylinders?|gas|transformer",
                    4, "explod\\w*|blast|caught fire|catch\\w* fire|burn\\w*|collapse\\w*")
            + "|" + within("explosion|blast|fire", 4, "plant|factory|refinery|warehouse|pipeline|furnace")
            + "|crash(es|ed)?|collided|collision|ran aground|run aground|derail\\w*|capsiz\\w*|shipwreck\\w*"
            + "|poisoning|contaminat\\w*|accident\\w*|ammonium nitrate|gas explosion|stampedes?|fire broke out"
            + "|inferno|(building|house|bridge|dam|roof|ceiling|wall|mine|tunnel|structure|stand|scaffold\\w*|crane)"
            + " (\\w+ )?collaps\\w*"
            + "|dam (burst|breach)|nuclear (accident|disaster)");
    private static final Pattern CHEMICAL = re("chemical (weapons?|attacks?|agents?|munitions?|arms)|chlorine|sarin"
            + "|mustard gas|sulfur mustard|nerve (agent|gas)|novichok|poison(ous|ed)? gas(es)?|toxic (gas|chemical)"
            + "|gas attack|phosgene|vx|tabun|ricin");
    private static final Pattern REMOTE_EXPLOSIVE = re("landmines?|land mines?|ieds?|vbieds?|improvised explosive"
            + "|explosive devices?|roadside bombs?|car bombs?|booby[- ]trap\\w*|remote[- ]controlled|sticky bombs?"
            + "|magnetic bombs?|bomb blast|bomb explosion|mines? (explosion|blast)"
            + "|unexploded (ordnance|bombs?|shells?)|uxos?|anti-(tank|personnel) mines?|buried mines?"
            + "|" + within("hit|hits|struck|stepped on|triggered|ran over|drove over", 3, "(land)?mines?")
            + "|" + within("(?<!barrel )bombs?|mines|explosives", 4, "planted|explod\\w*|went off|detonated|blew up")
            + "|" + within("planted|detonated|detonate", 4, "bombs?|explosives|mines"));
    private static final Pattern BOMB = re("bomb(s|ing|ings|ed)?|(?<!controlled )explosions?|blasts?");
    private static final Pattern ABDUCTION = re("kidnap\\w*|abduct\\w*|hostages?|enforced disappearances?"
            + "|forcibly disappeared|taken captive|held captive|ransom");
    private static final Pattern PROTEST = re("protest(s|ed|ing|ers?|ors?)?|demonstrat(ion|ions|or|ors|ed|ing)"
            + "|rall(y|ies|ied|ying)|(?-i:marched|marching|marchers|march on|march to|march through|march against)"
            + "|sit-?ins?|strikers|(general|hunger) strike|on strike|to the streets|walkouts?|riot\\w*|vigils?"
            + "|tear ?gas|pepper[- ]spray\\w*|water cannons?|rubber bullets|chant(ed|ing)|placards|banners");
    private static final Pattern PROTESTER_VIOLENCE = re("riot\\w*|clash\\w*|threw|throw(s|ing|n)?"
            + "|hurl\\w*|pelt\\w*|stone-?throwing|molotov|petrol bombs?|fire ?bombs?|projectiles"
            + "|set (\\w+ ){0,3}(ablaze|alight|on fire)|torch\\w*|loot\\w*|vandali[sz]\\w*|barricade\\w*"
            + "|" + within("block(ed|ing)?", 3, "roads?|railways?|highways?|thoroughfares|streets|traffic")
            + "|(?<!non-)(?<!non )violent (protest|demonstration|clash)\\w*|turn\\w* (very )?violent"
            + "|(?<!non-)violence|firecrackers|fireworks"
            + "|" + within("attack\\w*", 2, "police\\w*|officers") + "|broke into|scuffle\\w*");
    private static final Pattern FORCE_ON_PROTEST = re("open(ed)? fire|live (bullets|ammunition|rounds|fire)"
            + "|gunfire|shot dead|attack\\w* (against|on) (\\w+ ){0,2}(protest\\w*|demonstrators)"
            + "|excessive (use of )?force|violently|suppress\\w*|crack(ed|ing)? down|crackdown|brutal\\w*"
            + "|" + within("protest\\w*|demonstrators|marchers", 5, "(were |was )?(killed|died|wounded|injured)")
            + "|" + within("killed|killing|died|wounded|injured|injuring|injuries", 5, "protest\\w*|demonstrators"));
    private static final Pattern PROTEST_INTERVENTION = re("tear ?gas|pepper[- ]spray\\w*|water cannons?"
            + "|rubber bullets|dispers\\w*|dispel\\w*|broke up|break up|broken up|cut short|arrest(ed|ing)"
            + "|detain(ed|ing)?|detention|batons?|smoke grenades?|stun grenades?|forcibly removed|kettl\\w*");
    private static final Pattern BASE_SET_UP = re(within("set(s|ting)? up|establish\\w*|built|build(s|ing)?"
            + "|construct\\w*|creat\\w*|install\\w*", 5, "bases?|posts?|outposts?|observation points?"
            + "|checkpoints?|headquarters|hq|garrison")
            + "|open(s|ed|ing)? (a|an|its|their|the) (new )?(\\w+ )?(bases?|headquarters|posts?|offices?)");
    private static final Pattern CONTROL_CHANGE = re("recaptur\\w*|retook|retak(e|en|es|ing)|regain\\w*|won back"
            + "|liberat(e|ed|es|ing)|gained ground|taken over|took over|overtook|overtak\\w*|fell to|seized back"
            + "|" + within("recover\\w*|seiz\\w*|took|taken|take|taking|gain\\w*|establish\\w*|assum\\w*"
                    + "|handed|hand\\w*", 3, "control")
            + "|" + within("captur\\w*|seiz\\w*|overr(a|u)n\\w*|took(?! place)|taken(?! place)|freed|entered"
                    + "|recover\\w*", 6, CONTROL_NOUNS)
            + "|" + within("drove|driven|drive|pushed|push|expelled|ousted|flushed", 6, "out|away|back from")
            + "|advanced (to|into|towards?)|pushed (\\w+ ){0,2}into"
            + "|" + within("handed over|handover of|hand over|turned over", 4, CONTROL_NOUNS
                    + "|airports?|bases?|camps?|barracks|security"));
    private static final Pattern WITHOUT_FIGHT = re(within("without", 4, "resistance|clash\\w*|fight\\w*|battle"
            + "|bloodshed|shot|firing|gunshot") + "|no resistance|not encounter\\w* (any )?resistance|peacefully"
            + "|unopposed");
    private static final Pattern MOVED_IN = re("entered|moved (in|into)|crossed into|marched (in|into)"
            + "|rolled (in|into)");
    private static final Pattern LOSER = Pattern.compile("\\b(" + NON_STATE + "|" + STATE + ")\\W+(\\w+\\W+)?"
            + "(were|was|have been|had been|been|being)\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HANDOVER = re("withdr\\w*|pull(ed|s|ing)? out|handed|handover|hand over"
            + "|evacuat\\w*");
    private static final Pattern BATTLE = re("clash\\w*|battl\\w*|bombard\\w*|shell(s|ed|ing)|attack\\w*|killed"
            + "|offensive|assault\\w*|air ?strikes?|fierce|heavy fighting");
    private static final Pattern AIR = re("air[- ]?strikes?|air[- ]?raids?|air attacks?|aerial (bombardment|bombing"
            + "|attack|strike)s?|warplanes?|war planes?|fighter jets?|jets|helicopter gunships?|gunships?"
            + "|drone (strike|attack)s?|bombing raids?|sorties|bombers|air force|barrel bombs?|unmanned aerial"
            + "|" + within("planes|aircraft|helicopters?|drones?", 4, "bombed|struck|hit|targeted|fired|dropped"));
    private static final Pattern USED = re("fired|fires|firing|launch(ed|ing)|hit|hits|struck|strikes?|pound\\w*"
            + "|shell(ed|ing)|bombard\\w*|bomb(ed|ing)|targeted|targeting|landed|slammed|exploded|rocked|killed"
            + "|killing|wounded|wounding|injured|injuring|attack\\w*|destroy\\w*|damag\\w*|carried out|conducted"
            + "|shoot\\w*|shot|raids?|dropped");
    private static final Pattern SHELLING = re("artillery|shell(s|ing|ed)?|mortars?|rockets?|missiles?|rpgs?|grad"
            + "|katyusha|howitzers?|tanks?|bombard\\w*|projectiles?|cannons?");
    private static final Pattern AGREED = re("cease-?fires?|truces?|armistice|peace (talks|deal|agreement|accord"
            + "|process|plan|negotiations|treaty|pact)|agreements?|agreed|deal(?! with)|accords?|swap\\w*"
            + "|in exchange for|" + within("exchange|swap", 3, "prisoners|captives|detainees|bodies")
            + "|" + within("prisoners|captives|detainees", 3, "exchange|swap") + "|surrender\\w*|reconcil\\w*"
            + "|talks (with|between|on)");
    private static final Pattern NATURAL = re("earthquakes?|quakes?|tremors?|seismic|flood\\w*|torrential"
            + "|heavy (rain|rains|snow|snowfall)|rainfall|downpours?|snowfall|snowstorms?|blizzards?|avalanche\\w*"
            + "|volcan\\w*|eruptions?|lava|tsunamis?|droughts?|wildfires?|bushfires?|forest fires?|mudslides?"
            + "|landslides?|cyclones?|hurricanes?|typhoons?|tornado(es|s)?|storms?|heat ?waves?|covid\\w*"
            + "|coronavirus|pandemics?|epidemics?|cholera|ebola|locusts?|dengue|malaria|measles|influenza|plagues?"
            + "|monsoons?|cloudbursts?|lightning|hailstorms?|sandstorms?|dust storms?|sinkholes?|famines?"
            + "|cold waves?");
    private static final Pattern CRIME = re("smuggl\\w*|traffick\\w*|drugs?|narcotics?|cocaine|heroin|cartels?"
            + "|gangs?|fraud\\w*|counterfeit\\w*|robber(y|ies)|robbed|thefts?|thie(f|ves)|stolen|steal(s|ing)?"
            + "|burglar\\w*|break and enter|extortion|cyber ?crime|hack(er|ers|ing)|pornograph\\w*"
            + "|money laundering|illegal migra\\w*|migrants|poach\\w*|mafia|organi[sz]ed crime|gangsters?"
            + "|racket\\w*|bribe\\w*|embezzl\\w*|scams?|heists?|piracy|carjack\\w*");
    private static final Pattern ARRESTED = re("arrest(s|ed|ing)?|detain(s|ed|ing)?|detention|custody"
            + "|apprehend\\w*|round(ed)? up|nabbed|jailed|imprisoned");
    private static final Pattern PROPERTY = re("loot\\w*|torch\\w*|set (\\w+ ){0,3}(ablaze|alight|on fire)"
            + "|set fire|arson\\w*|vandali[sz]\\w*|razed|demolish\\w*|ransack\\w*"
            + "|" + within("burn(ed|t|ing)?|destr\\w*|damag\\w*", 4, "houses|homes|shops|vehicles|cars|buildings"
                    + "|propert(y|ies)|stores|offices")
            + "|" + within("houses|homes|shops|vehicles|cars|buildings|properties|stores|offices", 4,
                    "burn\\w*|destroyed|torched|razed|demolished"));
    private static final Pattern KILLED = re("killed|killing|dead|died|slaughter\\w*|massacre\\w*|murder\\w*");
    private static final Pattern GROUP_CHANGE = re("formed|formation of|form (a |an )?new|reinforc\\w*"
            + "|redeploy\\w*|deploy\\w*|dispatch\\w*|sent (\\w+ )?(troops|forces|reinforcements)|mobiliz\\w*"
            + "|defect(ed|ion|ions|ors?|ing|s)?|merg(e|ed|er)|recruit\\w*|fortif\\w*|withdr\\w*|pulled out"
            + "|new (commander|leader)|pledg\\w* allegiance|splinter|split from"
            + "|" + within("appoint\\w*|named", 4, "leader|commander|chief") + "|(military|joint|naval) (drills"
            + "|exercises?)");
    private static final Pattern CASUALTIES = re("killed|dead|died|wounded|injured|casualties");
    private static final Pattern ARMED_TARGET = re(
            within("attack\\w*|ambush\\w*|raid\\w*|stormed|overr(a|u)n\\w*|target\\w*|struck|hit|set upon", 5,
                    "military|army|police|security|checkpoints?|bases?|posts?|outposts?|patrols?|convoys?|barracks"
                            + "|positions|camps?|troops|soldiers|forces|guards|garrison")
            + "|" + within("soldiers|troops|policem[ae]n|police officers|security (forces|personnel)|servicemen"
                    + "|guards|officers", 4, "(were |was )?(killed|wounded|injured|dead)")
            + "|" + within("militants|fighters|insurgents|rebels|terrorists", 4,
                    "(were|was|have been|had been) (killed|wounded|injured)")
            + "|clash\\w*|fighting|battl\\w*|gun ?fights?|firefights?|exchange of fire|fire exchange"
            + "|exchang(e|ed|ing) fire|trad(ed|ing) fire|engaged|repel\\w*"
            + "|offensive|counter-?attack|military operations?");
    private static final Pattern CIVILIAN_TARGET = re("civilians?|villagers?|residents|passengers?|worshippers"
            + "|students|teachers|farmers|tourists|children|women|pupils|patients|shoppers|bars?|church(es)?"
            + "|mosques?|markets?|marketplace|hotels?|schools?|colleges?|universit(y|ies)|hospitals?|bus(es)?"
            + "|weddings?|villages?|doctors?|journalists?|population|massacres?|travell?ers|homes?|communit(y|ies)"
            + "|people|mourners|families|worshipers|unarmed");
    private static final Pattern VIOLENT = re(VIOLENCE);
    private static final Pattern DISPLACED = re(within("\\d[\\d,.]*|thousands|hundreds|families|residents|people"
            + "|nationals|civilians|villagers", 4, "fled|flee\\w*|displaced|expelled|deported")
            + "|" + within("\\d[\\d,.]*|thousands|hundreds|residents|families|refugees|displaced|villagers|migrants",
                    4, "returned|return(s|ing)? (home|to)")
            + "|mass (expulsions?|exodus|displacement)|exodus");
    private static final Pattern NON_STATE_ACTOR = re(NON_STATE);
    private static final Pattern STATE_ACTOR = re(STATE);
    private static final Pattern ACTOR = re("(?<nonstate>" + NON_STATE + ")|(?<state>" + STATE + ")");
    private static final Pattern RIOT_POLICE = re("(anti-)?riot (police\\w*|gear|control|squad|officers|units?)");

    private Case2021Evaluation() {
    }

    /** A case-insensitive pattern of whole words: every alternative starts and ends at a word boundary. */
    private static Pattern re(String regex) {
        return Pattern.compile("\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Words {@code a}, then at most {@code n} words, then words {@code b}. */
    private static String within(String a, int n, String b) {
        return "\\b(?:" + a + ")\\b(?:\\W+[\\w'-]+){0," + n + "}?\\W+(?:" + b + ")\\b";
    }

    /**
     * The label of one snippet, from the events Sitrep coded in it and its words. The first rule that applies wins;
     * the order is the precedence of {@code docs/case2021.md}.
     */
    public static String label(List<EventMention> events, String snippet) {
        Snippet s = new Snippet(events, snippet);
        // 1. Diplomatic measures: sanctions, expelled diplomats, cut ties (SANCTION expel/withdraw, CAMEO 161/166).
        if (s.has(DIPLOMATIC) || s.any(e -> e.eventType() == PloverType.SANCTION
                && ("expel".equals(e.mode()) || "withdraw".equals(e.mode())))) {
            return "DIPLO";
        }
        // 2. A claim or denial of responsibility.
        if (s.has(CLAIMED_RESPONSIBILITY)) {
            return "ATTRIB";
        }
        // 3. Violence by a mob or vigilantes.
        if (s.has(MOB)) {
            return "MOB_VIOL";
        }
        // 4. Sexual violence (ASSAULT mode sexual, CAMEO 1821).
        if (s.any(e -> "sexual".equals(e.mode()) || e.cameo().startsWith("1821")) || s.has(SEXUAL)) {
            return "SEX_VIOL";
        }
        // 5. Weapons seized, found, defused or intercepted (COERCE seize, ASSAULT destroy) before they did harm.
        if ((s.has(WEAPONS_FOUND) || s.any(e -> ("seize".equals(e.mode()) || "destroy".equals(e.mode()))
                && WEAPON.matcher(e.evidence().sentence()).find())) && !s.has(HARMED)) {
            return "DISR_WEAP";
        }
        // 6.-7. Suicide bombs and hand grenades: PLOVER's ASSAULT explosives (CAMEO 183) does not tell them apart.
        if (s.has(SUICIDE)) {
            return "SUIC_BOMB";
        }
        if (s.has(HAND_GRENADE)) {
            return "GRENADE";
        }
        // 8. Industrial and transport accidents, unless armed actors attacked.
        if (s.has(INDUSTRIAL_ACCIDENT) && !s.hasArmedViolence()) {
            return "MAN_MADE_DISASTER";
        }
        // 9. Chemical weapons (ASSAULT unconventional, CAMEO 204, or the agent named).
        if (s.has(CHEMICAL) || s.any(e -> e.cameo().startsWith("204"))) {
            return "CHEM_WEAP";
        }
        // 10. Landmines, IEDs and planted bombs (ASSAULT mode explosives, CAMEO 183, without a suicide attacker).
        if (s.has(REMOTE_EXPLOSIVE) || s.any(e -> "explosives".equals(e.mode()) || e.cameo().startsWith("183"))) {
            return "REM_EXPLOS";
        }
        // 11. Abduction (ASSAULT mode abduct, CAMEO 181).
        if (s.any(e -> "abduct".equals(e.mode()) || e.cameo().startsWith("181")) || s.has(ABDUCTION)) {
            return "ABDUCT_DISSAP";
        }
        // 12. Protests (PROTEST demo/riot, CAMEO 14; ASSAULT crowd-control, CAMEO 175) and what met them.
        String protest = protest(s);
        if (protest != null) {
            return protest;
        }
        // 13. Natural disasters and epidemics.
        if (s.has(NATURAL)) {
            return "NATURAL_DISASTER";
        }
        // 14. People fleeing, expelled or returning in numbers.
        if (s.has(DISPLACED)) {
            return "OTHER";
        }
        // 15. A base or post set up.
        if (s.has(BASE_SET_UP)) {
            return "HQ_ESTABLISHED";
        }
        // 16. Territory changing hands without a fight, also under an agreement: told so, or a withdrawal or
        // handover with no battle.
        if ((s.has(CONTROL_CHANGE) || s.has(MOVED_IN) || s.any(e -> e.cameo().startsWith("192")))
                && (s.has(WITHOUT_FIGHT) || (s.has(HANDOVER) && !s.has(BATTLE)))) {
            return "NON_VIOL_TERRIT_TRANSFER";
        }
        // 17. Agreements: AGREE (CAMEO 03), ceasefires, peace talks, prisoner swaps, surrenders (RETREAT, CAMEO 0874).
        if (s.any(e -> e.eventType() == PloverType.AGREE || e.cameo().startsWith("0874")) || s.has(AGREED)) {
            return "AGREEMENT";
        }
        // 18. Territory changing hands (COERCE occupy, CAMEO 192; a seizure of places), and to whom.
        String territory = territory(s);
        if (territory != null) {
            return territory;
        }
        // 19.-20. Air strikes (ASSAULT aerial/drone, CAMEO 195), then shelling and missiles (heavy-weapons, CAMEO 194).
        if ((s.has(AIR) && s.has(USED)) || s.any(e -> "aerial".equals(e.mode()) || "drone".equals(e.mode()))) {
            return "AIR_STRIKE";
        }
        if ((s.has(SHELLING) && s.has(USED))
                || s.any(e -> "heavy-weapons".equals(e.mode()) || e.cameo().startsWith("194"))) {
            return "ART_MISS_ATTACK";
        }
        // 21. Blame for an attack (ACCUSE allege, a denied or negated ASSAULT, or the words), when there was one.
        if (s.has(BLAMED) || (s.has(VIOLENT) && s.anyAll(e -> (e.eventType() == PloverType.ACCUSE
                && "allege".equals(e.mode())) || e.factuality() == Factuality.DENIED
                || (e.eventType() == PloverType.ASSAULT && e.factuality() == Factuality.NEGATED)))) {
            return "ATTRIB";
        }
        // 22. Any other bomb or blast.
        if (s.has(BOMB)) {
            return "REM_EXPLOS";
        }
        // 23. Looting and destruction of property without killing.
        if (s.has(PROPERTY) && !s.has(KILLED)) {
            return "PROPERTY_DISTRUCT";
        }
        // 24.-25. Crime without killing, then arrests (COERCE arrest, CAMEO 173).
        if (s.has(CRIME) && !s.has(KILLED)) {
            return "ORG_CRIME";
        }
        if (s.any(e -> "arrest".equals(e.mode()) || e.cameo().startsWith("173")) || s.has(ARRESTED)) {
            return "ARREST";
        }
        // 26. Forces formed, moved, reinforced or defecting (MOBILIZE, CAMEO 15; RETREAT), nobody hurt.
        if ((s.any(e -> e.eventType() == PloverType.MOBILIZE || e.eventType() == PloverType.RETREAT)
                || s.has(GROUP_CHANGE)) && !s.has(CASUALTIES)) {
            return "CHANGE_TO_GROUP_ACT";
        }
        // 27. Other violence: against armed forces a clash, against civilians an attack.
        String violence = violence(s);
        if (violence != null) {
            return violence;
        }
        // 28. Verbal conflict or talks between governments (REQUEST, ACCUSE, REJECT, THREATEN, CONSULT, SANCTION by
        // a state or international organisation, not an armed group; or a government that condemns or urges).
        if (s.has(CONDEMNED) || s.any(e -> DIPLOMATIC_TYPES.contains(e.eventType()) && !e.actor().isEmpty()
                && e.actor().stream().noneMatch(p -> ARMED_SECTORS.contains(sector(p))
                || CIVILIAN_SECTORS.contains(sector(p)) || p.code().startsWith("IMG")))) {
            return "DIPLO";
        }
        // 29. Nothing else applies.
        return FALLBACK;
    }

    /** The protest labels: violent protesters, lethal or excessive force, intervention, else peaceful. */
    private static String protest(Snippet s) {
        boolean coded = s.any(e -> e.eventType() == PloverType.PROTEST || "crowd-control".equals(e.mode()));
        if (!coded && !s.has(PROTEST)) {
            return null;
        }
        if (s.any(e -> e.eventType() == PloverType.PROTEST && "riot".equals(e.mode())) || s.has(PROTESTER_VIOLENCE)) {
            return "VIOL_DEMONSTR";
        }
        if (s.has(FORCE_ON_PROTEST) || s.any(e -> e.eventType() == PloverType.ASSAULT
                && (e.casualties().killed() != null || e.casualties().injured() != null))) {
            return "FORCE_AGAINST_PROTEST";
        }
        if (s.any(e -> e.eventType() == PloverType.COERCE || "crowd-control".equals(e.mode()))
                || s.has(PROTEST_INTERVENTION)) {
            return "PROTEST_WITH_INTER";
        }
        return "PEACE_PROTEST";
    }

    /** Who took territory: GOV_REGAINS_TERIT or NON_STATE_ACTOR_OVERTAKES_TER, or null when none changes hands. */
    private static String territory(Snippet s) {
        Matcher m = CONTROL_CHANGE.matcher(s.text);
        boolean found = m.find();
        List<EventMention> occupations = s.events.stream().filter(e -> e.cameo().startsWith("192")).toList();
        if (!found && occupations.isEmpty()) {
            return null;
        }
        Boolean state = null;
        if (!found) {
            state = stateActor(occupations.get(0).actor());
        } else {
            String cue = m.group().toLowerCase(Locale.ROOT);
            for (EventMention e : s.events) {
                String trigger = e.evidence().trigger().toLowerCase(Locale.ROOT);
                if (!trigger.isBlank() && cue.contains(trigger)) {
                    state = stateActor(e.actor());
                    if (state != null) {
                        break;
                    }
                }
            }
            if (state == null) {
                state = nearestActor(s.text, m.start());
                if (state != null && LOSER.matcher(s.text).region(0, m.start()).find()) {
                    state = !state; // "the militants were driven out": the actor named lost the ground
                }
            }
        }
        return Boolean.FALSE.equals(state) ? "NON_STATE_ACTOR_OVERTAKES_TER" : "GOV_REGAINS_TERIT";
    }

    /** True for state forces, false for non-state groups, null when the actors do not tell. */
    private static Boolean stateActor(List<Participant> actors) {
        for (Participant p : actors) {
            String sector = sector(p);
            if (NON_STATE_ACTOR.matcher(p.text()).find() || NON_STATE_SECTORS.contains(sector)
                    || p.code().startsWith("IMG")) {
                return false;
            }
            if (STATE_SECTORS.contains(sector) || STATE_ACTOR.matcher(p.text()).find()) {
                return true;
            }
        }
        return null;
    }

    /** Whether the last actor words before {@code end} name state forces (true) or a non-state group (false). */
    private static Boolean nearestActor(String text, int end) {
        Matcher m = ACTOR.matcher(text).region(0, end);
        Boolean last = null;
        while (m.find()) {
            last = m.group("state") != null;
        }
        return last;
    }

    /** ARMED_CLASH or ATTACK for other violence, or null when the snippet tells of none. */
    private static String violence(Snippet s) {
        List<EventMention> assaults = s.events.stream().filter(e -> e.eventType() == PloverType.ASSAULT).toList();
        if (s.has(ARMED_TARGET)) {
            return "ARMED_CLASH";
        }
        for (EventMention e : assaults) {
            for (Participant p : e.recipient()) {
                String sector = sector(p);
                if (CIVILIAN_SECTORS.contains(sector)) {
                    return "ATTACK";
                }
                if (ARMED_SECTORS.contains(sector) || p.code().startsWith("IMG")) {
                    return "ARMED_CLASH";
                }
            }
        }
        if (s.has(CIVILIAN_TARGET) && (!assaults.isEmpty() || s.has(VIOLENT))) {
            return "ATTACK";
        }
        return !assaults.isEmpty() || s.has(VIOLENT) ? "ARMED_CLASH" : null;
    }

    /** The sector of an actor code ("SYRMIL" gives MIL, "CVL" gives CVL), or "" when it has none. */
    private static String sector(Participant p) {
        if (p.code().length() < 3) {
            return "";
        }
        String sector = GsrEvaluation.split(List.of(p)).get(0)[1];
        return sector == null ? "" : sector;
    }

    /** A snippet's words and the events Sitrep coded in it that are told as having happened. */
    private static final class Snippet {
        final String text;
        final List<EventMention> events;
        final List<EventMention> all;

        Snippet(List<EventMention> events, String snippet) {
            this.text = RIOT_POLICE.matcher(snippet).replaceAll("police");
            this.all = events;
            List<EventMention> happened = new ArrayList<>();
            for (EventMention e : events) {
                if (e.factuality().happened() || e.factuality() == Factuality.HISTORICAL) {
                    happened.add(e);
                }
            }
            this.events = happened;
        }

        /** Whether the words match. */
        boolean has(Pattern p) {
            return p.matcher(text).find();
        }

        /** Whether an event told as having happened matches. */
        boolean any(Predicate<EventMention> p) {
            return events.stream().anyMatch(p);
        }

        /** Like {@link #any} over every event, also those not told as having happened (denials, negations). */
        boolean anyAll(Predicate<EventMention> p) {
            return all.stream().anyMatch(p);
        }

        /** Whether an armed actor (forces or an armed group) committed an ASSAULT. */
        boolean hasArmedViolence() {
            return any(e -> e.eventType() == PloverType.ASSAULT && e.actor().stream()
                    .anyMatch(p -> ARMED_SECTORS.contains(sector(p))));
        }
    }

    /** Codes every snippet, labels it and scores the labels against gold. */
    public static Map<String, Object> score(List<Case2021Record> records, Coder coder) {
        return score(records, coder, null);
    }

    /** As above; with {@code details}, one line per wrong snippet: id, gold label, predicted label, text. */
    public static Map<String, Object> score(List<Case2021Record> records, Coder coder,
            java.util.function.Consumer<String> details) {
        Map<String, int[]> counts = new TreeMap<>(); // tp, fp, fn
        int right = 0;
        for (Case2021Record r : records) {
            String predicted = label(coder.code(r.id(), null, r.text()), r.text());
            counts.computeIfAbsent(r.label(), k -> new int[3]);
            counts.computeIfAbsent(predicted, k -> new int[3]);
            if (predicted.equals(r.label())) {
                right++;
                counts.get(predicted)[0]++;
            } else {
                counts.get(predicted)[1]++;
                counts.get(r.label())[2]++;
                if (details != null) {
                    details.accept(r.id() + "\tgold " + r.label() + "\tpredicted " + predicted + "\t" + r.text());
                }
            }
        }
        return metrics(records.size(), right, counts);
    }

    /** The metrics from per-label counts (true positives, false positives, false negatives). */
    static Map<String, Object> metrics(int snippets, int right, Map<String, int[]> counts) {
        Scores.PerClass perLabel = Scores.perClass(counts, true);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suite", "case2021");
        out.put("snippets", snippets);
        out.put("micro_f1", Scores.round(snippets == 0 ? 0 : (double) right / snippets));
        out.put("macro_f1", Scores.round(perLabel.macroF1()));
        out.put("per_label", perLabel.table());
        return out;
    }
}
