// Mozilla Readability (Firefox's reader view) over an exported page, in jsdom.
// Usage: node readability.js PAGE.html URL  -> JSON {title, byline, publishedTime, text}
const fs = require("fs");
const { JSDOM } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const [file, url] = process.argv.slice(2);
const dom = new JSDOM(fs.readFileSync(file, "utf8"), { url });  // scripts are not run
const article = new Readability(dom.window.document).parse();
process.stdout.write(JSON.stringify({
  title: article.title,
  byline: article.byline,
  publishedTime: article.publishedTime,
  text: article.textContent,
}));
