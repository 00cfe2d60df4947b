// The resident's case page: after delivery, ask for the 一事一评 rating with the shared widget.
(function () {
  const target = JSON.parse(document.getElementById('page-data').textContent);
  const box = document.getElementById('cq-rating');
  window.OneWindow.rating.mount(box, { target, prompt: '请您对本次办件服务进行评价' });
})();
