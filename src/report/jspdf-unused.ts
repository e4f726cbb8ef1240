/**
 * What the build puts where jsPDF imports html2canvas, canvg and DOMPurify. jsPDF loads them only for `doc.html()`
 * and SVG images, which Parat never calls, so their 379 kB are not shipped; a call that reached one would fail here
 * with this message instead of loading code nobody reviewed for the page.
 */
export default function unused(): never {
  throw new Error('Parat does not ship jsPDF’s HTML and SVG rendering.');
}
