/**
 * The one table of HTML-to-text cases that every parser under the converter must pass: parse5 in Node
 * (test/unit/text.test.ts), jsdom's DOMParser (test/app/html.test.ts) and Chromium's (test/e2e/html.test.ts).
 */
export interface HtmlCase {
  name: string;
  html: string;
  text: string;
}

export const HTML_CASES: readonly HtmlCase[] = [
  {
    name: 'named references from the whole HTML5 table, and numeric ones beyond the BMP',
    html: '&eacute;t&eacute; &hearts; &#x1F600; &#233; &CounterClockwiseContourIntegral; &NotNestedLessLess;',
    text: 'été ♥ 😀 é ∳ ⪡̸',
  },
  {
    name: 'names of Object properties are unknown references and stay as written',
    html: '&constructor; &toString; &__proto__; &hasOwnProperty; &valueOf',
    text: '&constructor; &toString; &__proto__; &hasOwnProperty; &valueOf',
  },
  {
    name: 'unknown names and lone ampersands stay as written',
    html: '&bogus; AT&T & &; &#; &#x;',
    text: '&bogus; AT&T & &; &#; &#x;',
  },
  {
    name: 'references outside Unicode, NUL and surrogates become the replacement character',
    html: '&#99999999; &#0; &#xD800; &#x110000;',
    text: '\uFFFD \uFFFD \uFFFD \uFFFD',
  },
  {
    name: 'legacy references without a semicolon decode as browsers do',
    html: '&copy 2024 &amp co &notit; &lt3',
    text: '© 2024 & co ¬it; <3',
  },
  {
    name: 'a no-break space reads as a space and is not collapsed',
    html: '<p>Hi&nbsp;&nbsp;Ana,</p>',
    text: 'Hi  Ana,',
  },
  {
    name: 'script, style, template, noscript, head, title, iframe and comments are dropped',
    html:
      '<title>t</title><style>p{}</style><p>Hi<script>alert("BAA")</script></p><!-- BAA --><template>BAA</template>' +
      '<noscript>BAA</noscript><iframe>BAA</iframe><div>there</div>',
    text: 'Hi\n\nthere',
  },
  {
    name: 'line breaks for <br>, <div> and <li>; a blank line around <p>',
    html: 'Hello<br>We need<br><br>a BAA<div>for the API</div><ul><li>one</li><li>two</li></ul><p>Thanks</p>end',
    text: 'Hello\nWe need\n\na BAA\nfor the API\none\ntwo\n\nThanks\n\nend',
  },
  {
    name: 'whitespace collapses as rendered, and stays as written in <pre>',
    html: '<div>\n  <span>a</span>\n  <span>b</span>   c\t\td\n</div><pre>  x  y\n  z</pre>',
    text: 'a b c d\n  x  y\n  z',
  },
  {
    name: 'inline elements join the text around them',
    html: 'We <b>need</b> a <i>B</i>AA for the <a href="x">API</a>.',
    text: 'We need a BAA for the API.',
  },
  {
    name: 'blockquote content as "> " lines, nested quotes "> > "',
    html:
      '<div>Yes, the API.</div><div>On Tue, Ana wrote:<blockquote>API or ChatGPT Enterprise?<br>Best' +
      '<blockquote>older<br>line</blockquote>back</blockquote>Thanks</div>',
    text: 'Yes, the API.\nOn Tue, Ana wrote:\n> API or ChatGPT Enterprise?\n> Best\n> > older\n> > line\n> back\nThanks',
  },
  {
    name: 'paragraphs inside a quote keep the prefix on their blank lines',
    html: '<blockquote><p>one</p><p>two</p></blockquote>',
    text: '> one\n> \n> two',
  },
  {
    name: 'a Gmail reply: own words, attribution, quoted history',
    html:
      '<div dir="ltr">The first one.</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' +
      'On Mon, Dec 1, 2025 at 9:00 AM Support &lt;s@example.com&gt; wrote:<br></div>' +
      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">Could you please specify whether you ' +
      'require a BAA for using our API or for ChatGPT Enterprise?</blockquote></div>',
    text:
      'The first one.\n\nOn Mon, Dec 1, 2025 at 9:00 AM Support <s@example.com> wrote:\n' +
      '> Could you please specify whether you require a BAA for using our API or for ChatGPT Enterprise?',
  },
  {
    name: 'table cells on a row are separated, rows are lines',
    html: '<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>',
    text: 'a b\nc',
  },
  {
    name: 'a lone "<" is text, unclosed markup ends quietly',
    html: '1 < 2 and <b>bold <i>text',
    text: '1 < 2 and bold text',
  },
  {
    name: 'an unterminated tag at the end is not text',
    html: 'text <a href="x',
    text: 'text',
  },
  {
    name: 'a ">" inside a quoted attribute value does not end the tag',
    html: '<img alt="a>b" onerror="x()">after',
    text: 'after',
  },
  {
    name: 'an unclosed script swallows the rest, as in a browser',
    html: 'before <script>never closed',
    text: 'before',
  },
  {
    name: 'a plain body with no markup at all',
    html: 'We need a BAA\nfor the API',
    text: 'We need a BAA for the API',
  },
];
