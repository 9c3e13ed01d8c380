// Whether a string is a valid image reference ([host[:port]/]path[:tag][@digest]), following the distribution project's grammar.

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const HOST = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?';
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*(?::${TAG})?(?:@${DIGEST})?$`);

/** True for references docker can pull, such as `node:22`, `ghcr.io/a/b@sha256:…` or `localhost:5000/app`. */
export function isImageReference(text: string): boolean {
  // Bounded first, so a hostile default never reaches the regular expression at full length.
  return text.length <= 512 && REFERENCE.test(text);
}
