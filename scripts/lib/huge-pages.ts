// Pages at the sizes a reader may meet: megabytes of markup, a hundred thousand nodes, a book-length
// article, and a front page with ten thousand bylines.

import { syntheticArticle } from './synthetic-article';

const FIRST = ['Ana', 'Ben', 'Chloe', 'Dev', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas'];
const LAST = ['Park', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Silva', 'Novak', 'Reyes', 'Brennan', 'Haddad', 'Kowalski'];

export const hugePages: Record<string, () => string> = {
  '100,000-word article': () => syntheticArticle(100_000),
  '100,000 nodes': () =>
    `<html><body><article><h1>Nodes</h1>${'<div><span>cell</span><b>x</b></div>'.repeat(33_400)}<p>${'Real prose sits here at last. '.repeat(40)}</p></article></body></html>`,
  '5 MB page': () => {
    const filler = `<div class="ad"><img src="data:image/gif;base64,${'R0lGOD'.repeat(200)}"></div>`;
    return syntheticArticle(3_000).replace('</article>', `</article>${filler.repeat(Math.ceil(5_000_000 / filler.length))}`);
  },
  '10,000 bylines': () =>
    `<html><body><main><h1>Latest</h1><ul>${Array.from({ length: 10_000 }, (_, i) => `<li><a href="/s/${i}">Story ${i}</a><p class="byline">By ${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}/Jan ${1 + (i % 28)}, 2025</p></li>`).join('')}</ul></main></body></html>`,
};
