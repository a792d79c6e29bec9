package io.github.partyorg.document;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The page read back as XML (it is written well-formed), with XPath over local names. */
final class PageXml {
  private final Document document;
  private final XPath xpath = XPathFactory.newInstance().newXPath();

  private PageXml(Document document) {
    this.document = document;
  }

  static PageXml parse(String html) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return new PageXml(
          factory.newDocumentBuilder().parse(new InputSource(new StringReader(html))));
    } catch (Exception e) {
      throw new AssertionError("the page is not well-formed: " + e.getMessage(), e);
    }
  }

  List<Element> all(String expression) {
    try {
      NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
      List<Element> elements = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        elements.add((Element) nodes.item(i));
      }
      return elements;
    } catch (Exception e) {
      throw new AssertionError(expression + ": " + e.getMessage(), e);
    }
  }

  Element one(String expression) {
    List<Element> elements = all(expression);
    if (elements.size() != 1) {
      throw new AssertionError(expression + " matched " + elements.size() + " elements, not 1");
    }
    return elements.get(0);
  }

  /** XPath for an element by local name, whatever its namespace (HTML or SVG). */
  static String el(String name) {
    return "*[local-name()='" + name + "']";
  }
}
