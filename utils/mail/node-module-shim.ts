// email-reply-parser asks Node's `module.createRequire` for the optional `re2` engine and falls back to JavaScript
// regular expressions when that fails. In the browser there is no `module`: this stand-in makes the lookup fail the
// same way, so the library runs unchanged in the extension.
export function createRequire(): (id: string) => never {
  return (id: string) => {
    throw new Error(`${id} is not available in the browser`);
  };
}
