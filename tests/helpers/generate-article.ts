// The long-article generator lives with the bench, which times a 25 MB article from it too.
export { generateArticle } from '../../scripts/bench/generate-article.js';
