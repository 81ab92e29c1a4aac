/** OpenCC's dictionaries as opencc-js ships them: one string, entries split by "|" (src/lib/check/traditional.ts reads them at build). */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
