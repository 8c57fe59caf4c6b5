export default defineBackground(() => {
  // Filled in by the messaging layer.
});
