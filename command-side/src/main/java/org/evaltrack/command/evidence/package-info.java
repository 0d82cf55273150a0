/**
 * Evidence bytes (佐证材料) kept outside the event store, addressed by SHA-256; events carry the hash,
 * size, media type and file name only. Uploads are checked (name, media type, size) and stored before
 * AttachEvidence is sent, so a blob whose command was then refused stays on disk unreferenced until
 * {@link org.evaltrack.command.evidence.EvidenceSweep} removes it after its grace period; a retry of the same
 * file within that period reuses it.
 */
package org.evaltrack.command.evidence;
