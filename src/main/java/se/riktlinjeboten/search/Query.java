package se.riktlinjeboten.search;

import java.util.List;

/**
 * A question as the index sees it: the things asked about ({@link Concept}s), each with the
 * document terms that express it; the terms an answer preferably has ({@code preferred}), which
 * rank passages but are not part of what is asked; and whether it asks what somebody must, may
 * or should do ({@code rule}), which a passage that states a rule answers better than one that
 * tells what happened.
 */
public record Query(Language language, Asks asks, List<Concept> concepts, List<Alternative> preferred, boolean rule) {

    public Query {
        concepts = List.copyOf(concepts);
        preferred = List.copyOf(preferred);
    }

    public Query(Language language, Asks asks, List<Concept> concepts) {
        this(language, asks, concepts, List.of(), false);
    }

    /** The kind of answer a question wants, when its question word tells. */
    public enum Asks {
        /** "hur många", "how many": the answer holds a number of the thing named after it. */
        QUANTITY,
        /** "… fler ersättare än ledamöter? Hur många är de?": a number of something said before. */
        NUMBER,
        /** "när", "how long": the answer holds a date, a time or a duration. */
        TIME,
        /** "vilket datum", "vilket år", "what date": the answer gives the date, "den 27 mars 2008", "2015". */
        DATE,
        /** "vilken tidsfrist", "what's the deadline", "how quickly": the answer gives a time limit, "senast den 1/6 2016". */
        DEADLINE,
        /** "vilken tid", "what time", "hur dags": the answer gives a time of day. */
        CLOCK,
        /** "hur länge", "how long": the answer gives a duration, "4 år", "minst två år". */
        DURATION,
        /** "hur ofta", "how often": the answer says how often, "varje mandatperiod", "regelbundet". */
        FREQUENCY,
        /** "varför", "what is the point of": the answer gives a purpose, a reason or a motive. */
        REASON,
        /** "hur mycket tjänar", "what does it cost": the answer gives a sum of money. */
        AMOUNT,
        /** "vilket parti", "which party": the answer names a political party. */
        PARTY,
        /** "var hittar jag", "where can I find", "var hålls": the answer says where: a document, a web page, a place. */
        PLACE,
        /** "vem kontaktar jag", "who do I get in touch with": the answer gives a contact path. */
        CONTACT,
        /** "vem är ordförande", "who is the chair": the answer names the person who holds an office. */
        PERSON,
        /** "vilken konsultfirma", "which consultancy": the answer names the company. */
        COMPANY,
        /** "vilka kommuner", "which councils": the answer names the places, "Norsjö", "Munkfors". */
        MUNICIPALITY,
        /** "vilken e-postadress", "what's the phone number", "which link": the answer gives the address itself. */
        ADDRESS,
        /** "vad beslutade …", "what did … decide", "what was decided at …": the answer tells a decision that was taken. */
        DECISION,
        /** "vad visade …", "what were the results of …", "what did … find": the answer tells what came out of it. */
        RESULT,
        /** "hur stor andel", "what is the sick leave rate": the answer gives a share, "12 procent", "hälften". */
        SHARE,
        OTHER;

        /**
         * Whether only a passage of this kind's shape may answer: a sum, a party, a date, a time
         * limit, a time of day, a duration, a frequency, a place, an address, a decision taken, a
         * result, a share. A number, a time asked with "när" or a reason is preferred where asked
         * for, not required.
         */
        public boolean requiresItsShape() {
            return this == AMOUNT || this == PARTY || this == CLOCK || this == DURATION || this == FREQUENCY
                    || this == PLACE || this == ADDRESS || this == DECISION || this == RESULT || this == SHARE
                    || this == DATE || this == DEADLINE;
        }
    }

    public boolean isEmpty() {
        return concepts.isEmpty();
    }

    /**
     * One way to say a concept in the documents' words: all its terms, as a phrase in this order
     * or, for the parts of a compound, anywhere in the passage.
     */
    public record Alternative(List<String> terms, float weight, boolean phrase) {

        public Alternative {
            terms = List.copyOf(terms);
            if (terms.isEmpty()) {
                throw new IllegalArgumentException("an alternative needs terms");
            }
        }

        public Alternative(List<String> terms, float weight) {
            this(terms, weight, true);
        }
    }

    /** Something the question asks about: the words it was asked with, and how the documents may say it. */
    public record Concept(String asked, List<Alternative> alternatives) {

        public Concept {
            alternatives = List.copyOf(alternatives);
        }
    }
}
