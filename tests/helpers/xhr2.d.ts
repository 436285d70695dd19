// xhr2 ships no types; it is a drop-in XMLHttpRequest for Node.
declare module "xhr2" {
  const XMLHttpRequest: unknown;
  export default XMLHttpRequest;
}
