// Type declarations for the two text packages that ship none.
declare module "snowball-stemmers" {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): Stemmer;
  export function algorithms(): string[];
}

declare module "stopwords-iso" {
  const stopwords: Record<string, string[]>;
  export default stopwords;
}
