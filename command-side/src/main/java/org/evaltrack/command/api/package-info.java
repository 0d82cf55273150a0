/**
 * What every command controller shares: sending a command with who-did-it metadata, object-level
 * access checks made before anything is sent, and the small request and response shapes common to
 * several endpoints.
 */
package org.evaltrack.command.api;
