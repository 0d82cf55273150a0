package org.evaltrack.command.security;

/** The actor of the current request. */
public interface ActorProvider {

    /** @throws org.evaltrack.kernel.error.DomainException FORBIDDEN when nobody is signed in */
    Actor current();
}
