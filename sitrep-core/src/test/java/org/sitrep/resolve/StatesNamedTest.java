package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The US states a local report names: the AP way, by postal code, or written out (issue 6, gun violence). */
class StatesNamedTest {

    @Test
    void statesAreReadInTheWaysNewsWritesThem() {
        assertThat(DictionaryActorResolver.statesNamed("A man from Salina, Kan., was arrested.")).containsExactly("Kansas");
        assertThat(DictionaryActorResolver.statesNamed("The shooting near Elmwood, AL, is under investigation."))
                .containsExactly("Alabama");
        assertThat(DictionaryActorResolver.statesNamed("Deputies of a Georgia sheriff's office and the West Virginia "
                + "State Police")).containsExactly("West Virginia");
        assertThat(DictionaryActorResolver.statesNamed("Two men were shot in Tampa, Florida, on Friday."))
                .containsExactly("Florida");
    }

    @Test
    void streetsLakesAndCountiesNamedAfterAStateAreNoState() {
        assertThat(DictionaryActorResolver.statesNamed("A man was shot on Ohio Street near Lake Michigan in Wyoming "
                + "County before fleeing to Kansas City.")).isEmpty();
    }
}
