// bottleneck's light build has the full build's API without its Redis clustering; only the full build
// ships type declarations.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
